import { stripTags } from './details-summary';

// Category headings in GitHub banks dress their names up: `:diamond_shape_with_a_dot_inside:
// <a name="junior"></a> Junior Sysadmin (37)`. Tags and the checks on a heading's name read
// the name alone (`Junior Sysadmin`).

const EMOJI_SHORTCODE = /:[a-z0-9_+-]{1,40}:/g;
const ANCHOR_ONLY = /<a[ \t][^>]*>[ \t]*<\/a[ \t]*>/gi;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;
const TRAILING_COUNT = /[ \t]*[([]\d{1,6}[)\]][ \t]*$/;
/** `# 1. INTRODUCTION` under `##`, or `1. INTRODUCTION`: a chapter, numbered in the text. */
const LEADING_NUMBER = /^(?:#+[ \t]*\d{1,4}(?:\.\d{1,4})*[.)]?|\d{1,4}(?:\.\d{1,4})*[.)])[ \t]+/;

export function plainHeadingText(title: string): string {
  if (!/[:<[(#\d]/.test(title)) return title;
  let text = title.replace(EMOJI_SHORTCODE, ' ');
  if (text.includes('<')) text = stripTags(text.replace(ANCHOR_ONLY, ' '));
  if (text.includes('](')) text = text.replace(LINK, '$1');
  return text.replace(TRAILING_COUNT, '').replace(LEADING_NUMBER, '').replace(/\s+/g, ' ').trim();
}

/**
 * `## # 1. INTRODUCTION` (a `#` inside the heading's text) or a numbered heading in capitals
 * (`## 2. DATA STRUCTURES`) names a chapter of the bank, not a question.
 */
export function isChapterHeading(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith('#')) return true;
  if (!/^\d{1,4}[.)][ \t]/.test(trimmed) || /[?？]/.test(trimmed)) return false;
  const words = trimmed.replace(LEADING_NUMBER, '');
  return /[A-Z]{2}/.test(words) && words === words.toUpperCase();
}
