// The shapes every layer agrees on: what the compiler produces and what storage keeps.

export type Severity = 'error' | 'warning';

export type Diagnostic = {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
};

export type CardSection = {
  title: string;
  markdown: string;
};

export type CardSource = {
  file: string;
  line: number;
};

/** An option the bank itself gives for a question, with the right one(s) marked. */
export type CardChoice = {
  text: string;
  correct: boolean;
};

export type CompiledCard = {
  id: string;
  deckId: string;
  /** The `Question N:` / `Q1.` / `1.` number of the heading, when it has one. */
  number: number | null;
  question: string;
  /**
   * Markdown shown with the question before the reveal: the code of a "what is the output?"
   * question, a diagram, the text of given options. Absent or "" when the question has none;
   * rows stored before prompts existed have none.
   */
  prompt?: string;
  /** The interview-specific answer: what every quiz mode reveals. */
  answer: string;
  sections: CardSection[];
  /** Present only when the bank gives options and marks at least one correct. */
  choices?: CardChoice[];
  tags: string[];
  source: CardSource;
};

export type DeckMeta = {
  id: string;
  title: string;
  description: string;
  tags: string[];
  /** The file the deck was compiled from, as given to the compiler. */
  file: string;
};

export type CompiledDeck = {
  deck: DeckMeta;
  cards: CompiledCard[];
  diagnostics: Diagnostic[];
};

export type CardStatus = 'active' | 'suspended' | 'removed';

/** A card as stored: content only. Its schedule lives in its own table. */
export type StoredCard = CompiledCard & {
  /** Order of the card in its deck, for new-card order. */
  position: number;
  contentHash: string;
  status: CardStatus;
  /** Ids this card had before a rewording was recognised, oldest first. */
  previousIds: string[];
};

export type DeckSource = 'builtin' | 'import';

export type DeckRow = {
  id: string;
  title: string;
  description: string;
  tags: string[];
  source: DeckSource;
  fileName: string;
  importedAt: number;
  /** Hash of the whole compiled deck, so an unchanged bank is not synced again. */
  contentHash: string;
};
