// Bounds on a card's prompt and choices as read from outside (a backup, a sync pull): far above
// what any bank gives (a prompt is a code listing or a diagram, options are a handful of short
// lines), far below what would make one card a burden to store, sync or show.

/** Options per card: more than any bank's multiple-choice question has. */
export const MAX_CARD_CHOICES = 100;
/** Characters of one option's text. */
export const MAX_CHOICE_TEXT_CHARS = 20_000;
/** Characters of a prompt. */
export const MAX_PROMPT_CHARS = 1_000_000;
