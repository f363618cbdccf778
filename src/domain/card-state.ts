// A card's scheduling state, numbered as ts-fsrs numbers its own `State` (a test pins the two
// together), so stored rows and ts-fsrs cards agree without a table. Any layer may import it.
export const State = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type State = (typeof State)[keyof typeof State];

/** Never rated, or reset to new. */
export function isNew(state: State): boolean {
  return state === State.New;
}

/** In its learning steps: first learning, or relearning after a lapse. */
export function isLearning(state: State): boolean {
  return state === State.Learning || state === State.Relearning;
}

/** Graduated: scheduled in days. */
export function isReview(state: State): boolean {
  return state === State.Review;
}
