// An Anki collection as read from a package (docs/architecture.md, "Anki packages"): only what
// Drillbook uses, in plain values, whatever the package's schema version.
import type { CompiledDeck } from '../card-types';
import type { MediaFile } from '../media';
import type { ReviewRating } from '../scheduler/types';

/** A note type: its field names in order and its card templates. */
export type AnkiNotetype = {
  id: number;
  name: string;
  isCloze: boolean;
  fields: string[];
  templates: AnkiTemplate[];
};

export type AnkiTemplate = { ord: number; name: string; front: string; back: string };

/** `name` uses `::` between levels, as Anki shows it. */
export type AnkiDeck = { id: number; name: string };

export type AnkiNote = {
  id: number;
  guid: string;
  notetypeId: number;
  tags: string[];
  fields: string[];
};

export type AnkiCard = {
  id: number;
  noteId: number;
  deckId: number;
  /** The home deck of a card that sits in a filtered deck; 0 otherwise. */
  originalDeckId: number;
  ord: number;
  /** -1 suspended, -2 and -3 buried (rslib/src/card/mod.rs). */
  queue: number;
};

/** One row of Anki's review log (rslib/src/revlog/mod.rs). */
export type AnkiRevlog = {
  /** Epoch milliseconds of the answer. */
  id: number;
  cardId: number;
  /** The button: 1-4, 0 for a manual change. */
  ease: number;
  factor: number;
  /** 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled. */
  type: number;
  /** Milliseconds taken to answer. */
  timeMs: number;
};

export type AnkiCollection = {
  decks: AnkiDeck[];
  notetypes: AnkiNotetype[];
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlog[];
};

/**
 * A package read whole: its collection and its images by the names notes use, each keyed by a
 * hash of its bytes and its extension, so the same picture in two packages is stored once.
 */
export type AnkiPackage = { collection: AnkiCollection; media: ReadonlyMap<string, MediaFile> };

/** A rating (or a reset, 0) from Anki's review log, with the id it is stored under. */
export type AnkiHistoryEvent = {
  id: string;
  reviewedAt: number;
  rating: ReviewRating;
  durationMs: number;
};

/** What storage needs besides the decks: each card's Anki status and its history. */
export type AnkiCardExtras = {
  cardId: string;
  deckId: string;
  isSuspended: boolean;
  isBuried: boolean;
  history: AnkiHistoryEvent[];
};

/** A package as Drillbook writes it. */
export type AnkiImport = {
  decks: CompiledDeck[];
  extras: AnkiCardExtras[];
  /** The media files that cards show, each once. */
  media: MediaFile[];
};
