import { isStopWord } from './stop-words';

// Words the suffix rules would break ("https" is not the plural of "http").
const unstemmed: ReadonlySet<string> = new Set([
  'https',
  'wss',
  'always',
  'perhaps',
  'news',
  'redis',
  'axis',
]);
const keptDoubles = new Set(['l', 's', 'z']);
const vowel = /[aeiouy]/;

/**
 * A small suffix-stripping stemmer: enough to match plurals and simple inflections
 * (request/requests, cache/cached/caching, query/queries, process/processes/processing).
 * Both sides of a comparison go through it, so stems only need to agree, not be words.
 */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3 || unstemmed.has(lower) || /\d/.test(lower)) return lower;
  return normalizeEnding(stripSuffix(lower));
}

// Word families an interviewer hears as one: "scalability" says "scales", "idempotency"
// says "idempotent". Only long words, so "table" and "cable" keep their endings.
const derivations: readonly (readonly [RegExp, string])[] = [
  [/(.{3,})(?:ability|ibility)$/, '$1'],
  [/(.{4,})(?:able|ible)$/, '$1'],
  [/(.{4,}n)cy$/, '$1t'],
];

function stripSuffix(word: string): string {
  for (const [ending, replacement] of derivations) {
    if (ending.test(word)) return word.replace(ending, replacement);
  }
  if (word.endsWith('ies') || word.endsWith('ied')) return `${word.slice(0, -3)}i`;
  if (word.endsWith('ing')) return keepIfWordLike(word, word.slice(0, -3));
  if (word.endsWith('ed') && !word.endsWith('eed')) return keepIfWordLike(word, word.slice(0, -2));
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  // "analysis" and "status" are singular; "APIs" and "URIs" are not.
  if (word.endsWith('s') && !/(ss|us|sis)$/.test(word)) return word.slice(0, -1);
  return word;
}

function keepIfWordLike(word: string, stem: string): string {
  return stem.length >= 3 && vowel.test(stem) ? undoubleEnding(stem) : word;
}

function undoubleEnding(stem: string): string {
  const last = stem.at(-1) ?? '';
  const isDouble = last === stem.at(-2) && !vowel.test(last) && !keptDoubles.has(last);
  return isDouble ? stem.slice(0, -1) : stem;
}

function normalizeEnding(stem: string): string {
  if (stem.length <= 3) return stem;
  if (stem.endsWith('e') || stem.endsWith('y')) {
    return stem.endsWith('y') ? `${stem.slice(0, -1)}i` : stem.slice(0, -1);
  }
  return stem;
}

/**
 * Words and numbers of a text, as written. Markdown punctuation and slashes split words;
 * hyphenated compounds ("real-time") stay one word, and their parts count separately.
 */
export function findWords(text: string): string[] {
  const words = text.replace(/\u2019/g, "'").match(/[a-z0-9]+(?:[-.'][a-z0-9]+)*/gi) ?? [];
  return words.map((word) => word.replace(/'s$/i, ''));
}

/** The stems of a word's meaningful parts: none for a stop word, two for "real-time". */
export function toWordStems(word: string): string[] {
  return word.split('-').filter(isContentWord).map(stemWord);
}

/** The stems of the words of a text that carry meaning: no stop words, no bare numbers. */
export function toContentStems(text: string): string[] {
  return findWords(text).flatMap(toWordStems);
}

/** Whether a word carries meaning: letters, more than one, and not a stop word or contraction. */
export function isContentWord(word: string): boolean {
  return /[a-z]/i.test(word) && word.length >= 2 && !word.includes("'") && !isStopWord(word);
}

/** The stems of every word part of a text, stop words and numbers included. */
export function toAllStems(text: string): string[] {
  return findWords(text)
    .flatMap((word) => word.split('-'))
    .map(stemWord);
}
