import { findWords, isContentWord, stemWord } from './stem';

/** Names that mean the same thing to an interviewer: the second is how both are counted. */
const sameNames: readonly (readonly [string, string])[] = [
  ['ssl', 'tls'],
  ['js', 'javascript'],
  ['db', 'database'],
  ['k8s', 'kubernetes'],
  ['postgres', 'postgresql'],
  ['whole', 'entire'],
  ['full', 'complete'],
];
const canonical: ReadonlyMap<string, string> = new Map(
  sameNames.map(([alias, name]) => [stemWord(alias), stemWord(name)]),
);

const httpsStem = stemWord('https');
const httpStem = stemWord('http');
const tlsStem = stemWord('tls');
const overStem = stemWord('over');

/** A stem as it is counted: an alias ("SSL") becomes the name it stands for ("TLS"). */
export function toCanonicalStem(stem: string): string {
  return canonical.get(stem) ?? stem;
}

/**
 * Every stem a text says, directly or by an equivalent: aliases as their names, and HTTPS
 * and "HTTP over TLS" (or SSL) as each other, so either one covers HTTPS, HTTP and TLS.
 */
export function expandEquivalentStems(stems: readonly string[]): Set<string> {
  const canonicalStems = stems.map(toCanonicalStem);
  const present = new Set(canonicalStems);
  if (present.has(httpsStem)) {
    present.add(httpStem);
    present.add(tlsStem);
  }
  const saysHttpOverTls = canonicalStems.some(
    (stem, index) =>
      stem === httpStem &&
      canonicalStems[index + 1] === overStem &&
      canonicalStems[index + 2] === tlsStem,
  );
  if (saysHttpOverTls) present.add(httpsStem);
  return present;
}

const minAcronymLetters = 3;
const maxAcronymLetters = 5;

/**
 * The acronyms a text spells out: "Cross-Origin Resource Sharing" says CORS, "Domain Name
 * System" says DNS. Initials of every run of three to five consecutive content words.
 */
export function findSpelledAcronyms(text: string): string[] {
  const runs: string[][] = [[]];
  for (const part of findWords(text).flatMap((word) => word.split('-'))) {
    if (isContentWord(part) && /^[a-z]/i.test(part)) runs.at(-1)?.push(part[0] ?? '');
    else runs.push([]);
  }
  return runs.flatMap((initials) => {
    const found: string[] = [];
    for (let start = 0; start < initials.length; start += 1) {
      for (let size = minAcronymLetters; size <= maxAcronymLetters; size += 1) {
        if (start + size > initials.length) break;
        found.push(stemWord(initials.slice(start, start + size).join('')));
      }
    }
    return found;
  });
}
