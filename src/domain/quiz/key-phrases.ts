import { toCanonicalStem } from './equivalents';
import { isAllCaps, isGenericVerb } from './generic-verbs';
import { isContentWord, stemWord } from './stem';

/** A candidate term of a text: a short noun phrase, a named technology or a code identifier. */
export type KeyPhrase = { label: string; stems: string[] };

// Words, and the punctuation that ends a phrase. A word may hold dots, hyphens and
// apostrophes inside ("head-of-line", "Node.js", "client's").
const token = /`[^`\n]+`|[a-z0-9]+(?:[-.'][a-z0-9]+)*|[,;:.!?()[\]{}/|→=<>"“”]/gi;
const maxPhraseWords = 2;
const codeIdentifier = /^[A-Za-z_$][\w$.]*$/;

/**
 * The key phrases of a text, without part-of-speech tagging: runs of words are split at
 * punctuation, stop words, generic verbs ("sends", "returns", "entered") and adverbs; a run
 * keeps its last two words as a phrase ("TCP handshake", "load balancer") and gives the words
 * before them on their own. Code in backticks is one term as written.
 */
export function findKeyPhrases(markdown: string): KeyPhrase[] {
  const phrases: KeyPhrase[] = [];
  let run: string[] = [];
  const endRun = () => {
    phrases.push(...splitRun(run));
    run = [];
  };
  for (const [match] of markdown.replace(/\u2019/g, "'").matchAll(token)) {
    if (match.startsWith('`')) {
      endRun();
      const code = match.slice(1, -1).trim();
      if (codeIdentifier.test(code)) phrases.push({ label: code, stems: [code.toLowerCase()] });
      continue;
    }
    const word = match.replace(/'s$/i, '');
    if (!isPhraseWord(word)) endRun();
    else {
      // A name and a word in -s read as subject and verb ("PATCH updates"): the name stands alone.
      if (isAllCaps(run.at(-1) ?? '') && /[a-z]s$/.test(word)) endRun();
      run.push(word);
    }
  }
  endRun();
  return phrases;
}

function isPhraseWord(word: string): boolean {
  if (isAllCaps(word)) return true;
  if (!/[a-z]/i.test(word) || !isContentWord(word)) return false;
  const isAdverb = word.length > 4 && /ly$/i.test(word);
  return !isAdverb && !isGenericVerb(word);
}

function splitRun(words: readonly string[]): KeyPhrase[] {
  const head = words.slice(-maxPhraseWords);
  const singles = words.slice(0, -maxPhraseWords).map((word) => toPhrase([word]));
  return head.length === 0 ? singles : [...singles, toPhrase(head)];
}

function toPhrase(words: readonly string[]): KeyPhrase {
  return {
    label: words.join(' '),
    stems: words
      .flatMap((word) => word.split('-'))
      .filter(isStemmable)
      .map(toStem),
  };
}

function isStemmable(part: string): boolean {
  return isAllCaps(part) || isContentWord(part);
}

function toStem(part: string): string {
  return toCanonicalStem(stemWord(part));
}
