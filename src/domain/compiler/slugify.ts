// Slugs name decks and cards, so they must stay stable across platforms and re-imports:
// plain lowercase ASCII, digits and single hyphens, bounded in length.

export const MAX_SLUG_LENGTH = 80;

// Letters that Unicode decomposition does not split into a base letter and an accent.
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const FOLDABLE = /[ßæœøđðłþı]/g;
const NOT_SLUG = /[^a-z0-9]+/g;

const BEYOND_PRINTABLE_ASCII = /[^ -~]/;

export function slugify(text: string): string {
  const lower = text.toLowerCase();
  // Decomposition is the costly step, and most questions are plain ASCII.
  const folded = BEYOND_PRINTABLE_ASCII.test(lower)
    ? lower
        .normalize('NFKD')
        .replace(COMBINING_MARKS, '')
        .replace(FOLDABLE, (letter) => EXTRA_FOLDS[letter] ?? '')
    : lower;
  const slug = trimHyphens(folded.replace(NOT_SLUG, '-'));
  return slug.length <= MAX_SLUG_LENGTH ? slug : truncateSlug(slug);
}

function trimHyphens(slug: string): string {
  let start = 0;
  let end = slug.length;
  while (start < end && slug.charCodeAt(start) === 45) start += 1;
  while (end > start && slug.charCodeAt(end - 1) === 45) end -= 1;
  return slug.slice(start, end);
}

// Cut at a word boundary when one is reasonably close, so ids do not end mid-word.
function truncateSlug(slug: string): string {
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  const atWord = lastHyphen >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut;
  return trimHyphens(atWord);
}
