// Names that decide what a heading means: the answer, navigation, or ordinary sections.

const ANSWER_TITLES = new Set([
  'interview specific answer',
  'interview answer',
  'interview ready answer',
  'short answer',
  'answer',
  'answers',
  'the answer',
  'correct answer',
  'the correct answer',
  'right answer',
  'correct option',
  'model answer',
  'sample answer',
  'suggested answer',
  'expected answer',
  'tl dr',
  'tldr',
]);

const NAVIGATION_TITLES = new Set([
  'table of contents',
  'contents',
  'toc',
  'index',
  'navigation',
  'translations',
  'languages',
  'other languages',
  'read in other languages',
  'related',
  'related topics',
  'related repositories',
  'back to top',
]);

const NON_QUESTION_TITLES = new Set([
  ...NAVIGATION_TITLES,
  'about',
  'acknowledgements',
  'appendix',
  'changelog',
  'conclusion',
  'contributing',
  'credits',
  'further reading',
  'introduction',
  'license',
  'links',
  'overview',
  'preface',
  'references',
  'resources',
  'see also',
  'sources',
  'summary',
]);

const SECTION_TITLES = new Set([
  'code',
  'code example',
  'code examples',
  'common mistakes',
  'concept',
  'concepts',
  'details',
  'diagram',
  'example',
  'example code',
  'example code snippets',
  'examples',
  'explanation',
  'follow up',
  'follow up questions',
  'further reading',
  'key points',
  'notes',
  'pros and cons',
  'references',
  'resources',
  'summary',
  'use cases',
  'working example',
]);

/** Lowercase words only: `**Interview-Specific Answer:**` and `interview specific answer` match. */
function normalizeTitle(title: string): string {
  if (title.length > 120) return '';
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A `Prompt` sub-heading holds what is shown with the question; export writes one. */
export function isPromptTitle(title: string): boolean {
  return normalizeTitle(title) === 'prompt';
}

export function isAnswerTitle(title: string): boolean {
  return ANSWER_TITLES.has(normalizeTitle(title));
}

export type TitleFlags = {
  isAnswer: boolean;
  isNavigation: boolean;
  isNonQuestion: boolean;
  isSection: boolean;
};

/** All the checks above from one normalisation, for code that runs on every heading. */
export function classifyTitle(title: string): TitleFlags {
  const key = normalizeTitle(title);
  return {
    isAnswer: ANSWER_TITLES.has(key),
    isNavigation: NAVIGATION_TITLES.has(key),
    isNonQuestion: NON_QUESTION_TITLES.has(key),
    isSection: SECTION_TITLES.has(key),
  };
}

/** `<summary>` texts that hide an answer: `Answer`, `Show answer`, `Click to see the solution`. */
export function isAnswerSummary(summary: string): boolean {
  const words = normalizeTitle(summary).split(' ');
  return words.length <= 6 && (words.includes('answer') || words.includes('solution'));
}

const EMPHASIS = ['**', '__', '*', '_'];

/** Removes emphasis wrapped around the whole text: `**Concepts**` becomes `Concepts`. */
export function stripEmphasis(text: string): string {
  let result = text.trim();
  for (let round = 0; round < 3; round += 1) {
    const marker = EMPHASIS.find(
      (m) => result.length > 2 * m.length && result.startsWith(m) && result.endsWith(m),
    );
    if (!marker) break;
    result = result.slice(marker.length, result.length - marker.length).trim();
  }
  return result;
}

/** A section heading as shown to the user: no emphasis, no trailing colon. */
export function cleanTitle(text: string): string {
  let title = stripEmphasis(text);
  if (title.endsWith(':')) title = stripEmphasis(title.slice(0, -1));
  return title.replace(/:$/, '').trim();
}
