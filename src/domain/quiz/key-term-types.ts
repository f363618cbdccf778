/** A term the interview answer is expected to mention, and how to recognise it in typed text. */
export type KeyTerm = {
  /** As written in the card, for display. */
  label: string;
  /** Stems that must all appear in an answer for the term to count as covered. */
  stems: string[];
  /** Where it came from: a bold term of a Concepts bullet, or a phrase of the interview answer. */
  source: 'concept' | 'answer';
  /** How much the term counts towards coverage: rarer in the deck, more telling. 1 when absent. */
  weight?: number;
};
