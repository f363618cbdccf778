import type { CardChoice } from '../card-types';

// Options a bank gives with a question (`- A: ...`, `a) ...`, `B. ...`, `- [ ] ...`) and the one
// it marks right (`- [x]`, or an answer that starts `Answer: D`, `Correct answer: B`, `c)`).
// docs/architecture.md, "Question bank format".

export type GivenOption = { label: string; text: string; isChecked: boolean };
export type OptionBlock = { style: 'letter' | 'checkbox'; options: GivenOption[] };

/** More options than this are not a multiple-choice question but a list. */
export const MAX_CHOICES = 26;
const MIN_OPTIONS = 2;

const LETTER_OPTION =
  /^[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?\(?([A-Za-z])(?:[).:]|[ \t]+[-–—])(?:\*\*|__)?[ \t]+(\S.*)$/;
const CHECKBOX_OPTION = /^[ \t]{0,3}[-*+][ \t]+\[([ xX])\][ \t]+(\S.*)$/;
const CONTINUATION = /^(?: {2,}|\t)\S/;
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;

type Run = { block: OptionBlock; isOpen: boolean };

/** The first run of two or more options outside code, or null. */
export function findOptionBlock(markdown: string): OptionBlock | null {
  if (!markdown.includes(' ')) return null;
  let isInFence = false;
  let run: Run | null = null;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) {
      isInFence = !isInFence;
      if (isEnough(run)) return run?.block ?? null;
      run = null;
      continue;
    }
    if (isInFence) continue;
    run = extendRun(run, line);
    if (run && !run.isOpen) {
      if (isEnough(run)) return run.block;
      run = startRun(line);
    }
  }
  return isEnough(run) ? (run?.block ?? null) : null;
}

function isEnough(run: Run | null): boolean {
  return run !== null && run.block.options.length >= MIN_OPTIONS;
}

/** Adds the line to the run, or marks the run closed when the line does not belong to it. */
function extendRun(run: Run | null, line: string): Run | null {
  if (run === null) return startRun(line);
  if (line.trim() === '') return run;
  const option = readOption(line);
  const last = run.block.options[run.block.options.length - 1];
  if (option && option.style === run.block.style && followsOn(last, option.option)) {
    run.block.options.push(option.option);
    return run;
  }
  if (last && !option && CONTINUATION.test(line)) {
    last.text = `${last.text} ${line.trim()}`;
    return run;
  }
  return { ...run, isOpen: false };
}

function startRun(line: string): Run | null {
  const option = readOption(line);
  if (!option) return null;
  if (option.style === 'letter' && option.option.label.toLowerCase() !== 'a') return null;
  return { block: { style: option.style, options: [option.option] }, isOpen: true };
}

/** Lettered options run A, B, C... in one case; checkboxes follow each other freely. */
function followsOn(last: GivenOption | undefined, next: GivenOption): boolean {
  if (!last || last.label === '' || next.label === '') return true;
  return next.label.charCodeAt(0) === last.label.charCodeAt(0) + 1;
}

function readOption(line: string): { style: OptionBlock['style']; option: GivenOption } | null {
  const box = CHECKBOX_OPTION.exec(line);
  if (box) {
    const option = { label: '', text: (box[2] ?? '').trim(), isChecked: box[1] !== ' ' };
    return { style: 'checkbox', option };
  }
  const letter = LETTER_OPTION.exec(line);
  if (!letter) return null;
  const option = { label: letter[1] ?? '', text: (letter[2] ?? '').trim(), isChecked: false };
  return { style: 'letter', option };
}

// `Answer: D`, `#### Answer: B`, `**Answer:** c`, `Correct answer: B`, `The correct option is (b)`.
const LABELED_LETTERS =
  /^(?:#{1,6}[ \t]+)?[*_]*[ \t]*(?:the[ \t]+)?(?:(?:correct|right)[ \t]+)?(?:answer|ans|option|choice)s?(?:[ \t]+is)?[ \t]*[*_]*[ \t]*[:\-–—]?[ \t]*[*_]*[ \t]*(?:option[ \t]+)?\(?([A-Za-z](?:[ \t]*(?:,|and|&)[ \t]*[A-Za-z])*)\)?/i;
// `B`, `**B**`, `c)`, `D. because...`
const BARE_LETTER = /^[*_]*[ \t]*\(?([A-Za-z])(?:[).:][*_]*(?:[ \t]|$)|[*_]*$)/;

/** The letters an answer names as right, or none. */
export function readAnswerLetters(answer: string): string[] {
  const line = firstNonBlankLine(answer);
  const labeled = LABELED_LETTERS.exec(line);
  if (labeled && endsLetters(line, labeled[0].length)) {
    return (labeled[1] ?? '').split(/[^A-Za-z]+|and/i).filter((part) => part.length === 1);
  }
  const bare = BARE_LETTER.exec(line);
  return bare?.[1] ? [bare[1]] : [];
}

/** Letters end at the line's end, at punctuation, or before a word that is not in lowercase. */
function endsLetters(line: string, end: number): boolean {
  const next = line.charAt(end);
  if (next === '') return true;
  if (/[A-Za-z0-9]/.test(next)) return false;
  if (next !== ' ' && next !== '\t') return true;
  return !/^[ \t]+[a-z]/.test(line.slice(end));
}

function firstNonBlankLine(text: string): string {
  for (const line of text.split('\n', 8)) if (line.trim() !== '') return line.trim();
  return '';
}

/** The bank's options with the right ones marked, or undefined when none is marked. */
export function readGivenChoices(prompt: string, answer: string): CardChoice[] | undefined {
  const block = findOptionBlock(prompt);
  if (!block) return undefined;
  const options = block.options;
  const letters = new Set(readAnswerLetters(answer).map((letter) => letter.toLowerCase()));
  const answerText = normalizeOption(stripAnswerLabel(firstNonBlankLine(answer)));
  const choices = options.map((option) => ({
    text: option.text,
    correct:
      option.isChecked ||
      (option.label !== '' && letters.has(option.label.toLowerCase())) ||
      startsWithOption(answerText, normalizeOption(option.text)),
  }));
  return choices.some((choice) => choice.correct) ? choices : undefined;
}

function stripAnswerLabel(line: string): string {
  return line.replace(/^(?:#{1,6}[ \t]+)?[*_]*(?:correct[ \t]+)?answer[*_]*[ \t]*:?[*_]*/i, '');
}

/** `No, because...` names the option `No`; `Nothing` does not. */
function startsWithOption(answer: string, option: string): boolean {
  if (option === '' || !answer.startsWith(option)) return false;
  return !/[\p{L}\p{N}]/u.test(answer.charAt(option.length));
}

function normalizeOption(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
