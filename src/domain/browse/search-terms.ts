// How card text and queries become search terms. The index and the query go through the same
// two functions, so a word finds itself whatever its case, accents or surrounding punctuation.

// Words that appear in nearly every card and every question ("what is the..."): indexing them
// would cost a posting per card each, and an AND query containing them would match on noise.
const stopWords: ReadonlySet<string> = new Set(
  `a an and are as at be but by can could did do does for from had has have how i if in into is
it its no not of on or our should so such than that the their then there these they this to was
we were what when where which who why will with would you your`.split(/\s+/),
);

const wordSplitter = /[^\p{L}\p{N}]+/u;
const nonAscii = /[^ -~]/;
const combiningMarks = /\p{M}/gu;

/** Words are runs of letters and digits: `node.js` is two words, `snake_case` too. */
export function tokenizeSearchText(text: string): string[] {
  return text.split(wordSplitter);
}

/** The term a word is indexed and searched under; null for empty and stop words. */
export function toSearchTerm(word: string): string | null {
  if (word === '') return null;
  let term = word.toLowerCase();
  // Most words are plain ASCII; only the others pay for accent folding (café -> cafe).
  if (nonAscii.test(term)) term = term.normalize('NFD').replace(combiningMarks, '');
  return stopWords.has(term) ? null : term;
}

/** The text as the user meant it: compatibility forms unified, whitespace collapsed, trimmed. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export type SearchTerms = {
  /** The terms that are searched, in query order. */
  terms: string[];
  /** Words of the query too common to search, as typed. */
  ignoredWords: string[];
};

export function readSearchTerms(text: string): SearchTerms {
  const terms: string[] = [];
  const ignoredWords: string[] = [];
  for (const word of tokenizeSearchText(normalizeSearchText(text))) {
    if (word === '') continue;
    const term = toSearchTerm(word);
    if (term === null) ignoredWords.push(word);
    else terms.push(term);
  }
  return { terms, ignoredWords };
}
