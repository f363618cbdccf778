import type { DeckRow, StoredCard } from '../../domain/card-types';
import type { MockAnswer, MockSession } from '../../domain/quiz/mock-session';
import type { QuizChoiceMode, QuizChoices } from '../../domain/quiz/quiz-choices';
import { measureTermRarity, type TermRarity } from '../../domain/quiz/term-rarity';
import { previewRatings } from '../../domain/scheduler/preview';
import type { Rating, ReviewMode, SchedulerSettings } from '../../domain/scheduler/types';
import { listDecks } from '../../storage/deck-repo';
import {
  clearMockSession,
  getCardsById,
  getSchedulesById,
  listCardTags,
  listQuizCards,
  loadMockSession,
  loadQuizChoice,
  saveMockSession,
  recordPractice as savePractice,
  saveQuizChoice,
} from '../../storage/quiz-repo';
import { rateShownCard, type ShownCard } from '../review-session/review-session';
import { readClock } from '../services/clock';
import { getDatabase } from '../services/database';

export type QuizSources = { decks: DeckRow[]; tags: string[]; cards: StoredCard[] };
export type RatableAnswer = { answer: MockAnswer; shown: ShownCard };
export type PracticeAnswer = {
  card: { id: string; deckId: string };
  rating: Rating;
  mode: ReviewMode;
  shownAt: number;
};

/** What a quiz can be set up from: the decks, the tags, and every active card. */
async function quizSources(): Promise<QuizSources> {
  const db = getDatabase();
  const [decks, tags, cards] = await Promise.all([
    listDecks(db),
    listCardTags(db),
    listQuizCards(db),
  ]);
  return { decks, tags, cards };
}

/** The active cards of some decks (all decks without `deckIds`). */
async function quizCards({ deckIds }: { deckIds?: string[] }): Promise<StoredCard[]> {
  return await listQuizCards(getDatabase(), deckIds);
}

/** Cards by id, whatever their status now. */
async function cardsById({ cardIds }: { cardIds: string[] }): Promise<Map<string, StoredCard>> {
  return await getCardsById(getDatabase(), cardIds);
}

/** The cards chosen for cramming, in their order; cards deleted since are left out. */
async function cramCards({ cardIds }: { cardIds: string[] }): Promise<StoredCard[]> {
  const byId = await getCardsById(getDatabase(), cardIds);
  return cardIds.flatMap((id) => byId.get(id) ?? []);
}

/** The mock interview a reload interrupted, if any. */
async function savedMockInterview(): Promise<MockSession | null> {
  return await loadMockSession(getDatabase());
}

/** Each answered card as a review would show it: its schedule now, and what each rating would do. */
async function mockAnswersToRate({
  answers,
  settings,
}: {
  answers: readonly MockAnswer[];
  settings: SchedulerSettings;
}): Promise<RatableAnswer[]> {
  const db = getDatabase();
  const ids = answers.map((answer) => answer.cardId);
  const [cards, schedules] = await Promise.all([getCardsById(db, ids), getSchedulesById(db, ids)]);
  const now = readClock();
  return answers.flatMap((answer) => {
    const card = cards.get(answer.cardId);
    if (!card) return [];
    const schedule = schedules.get(answer.cardId) ?? null;
    return [
      { answer, shown: { card, schedule, previews: previewRatings(schedule, now, settings) } },
    ];
  });
}

/** Saves a practice answer (it does not move the schedule). */
async function recordPractice({ card, rating, mode, shownAt }: PracticeAnswer): Promise<void> {
  const now = readClock();
  await savePractice(getDatabase(), {
    cardId: card.id,
    deckId: card.deckId,
    rating,
    mode,
    now,
    durationMs: Math.max(0, now - shownAt),
    reviewId: crypto.randomUUID(),
  });
}

async function saveMockInterview({ session }: { session: MockSession }): Promise<void> {
  await saveMockSession(getDatabase(), session);
}

async function clearMockInterview(): Promise<void> {
  await clearMockSession(getDatabase());
}

/**
 * Feeds the chosen ratings to FSRS with mode `mock`, one card at a time. A card rated in
 * another tab meanwhile keeps that rating. Resolves to how many were saved.
 */
async function rateMockAnswers({
  items,
  ratings,
  settings,
}: {
  items: readonly RatableAnswer[];
  ratings: ReadonlyMap<string, Rating>;
  settings: SchedulerSettings;
}): Promise<number> {
  let saved = 0;
  for (const { answer, shown } of items) {
    const rating = ratings.get(answer.cardId);
    if (rating === undefined) continue;
    const outcome = await rateShownCard(getDatabase(), {
      shown,
      rating,
      mode: 'mock',
      now: readClock(),
      durationMs: answer.timeUsedMs,
      reviewId: crypto.randomUUID(),
      settings,
    });
    if (outcome === 'saved') saved += 1;
  }
  return saved;
}

/** The setup a quiz mode was last started with, or null. */
async function quizChoice<M extends QuizChoiceMode>({
  mode,
}: {
  mode: M;
}): Promise<QuizChoices[M] | null> {
  return await loadQuizChoice(getDatabase(), mode);
}

async function rememberQuizChoice<M extends QuizChoiceMode>({
  mode,
  choice,
}: {
  mode: M;
  choice: QuizChoices[M];
}): Promise<void> {
  await saveQuizChoice(getDatabase(), mode, choice);
}

/** How rare each word is among the interview answers of some decks (none: undefined). */
async function termRarity({ deckIds }: { deckIds: string[] }): Promise<TermRarity | undefined> {
  if (deckIds.length === 0) return undefined;
  return measureTermRarity(await listQuizCards(getDatabase(), deckIds));
}

export const queries = {
  quizChoice,
  termRarity,
  quizSources,
  quizCards,
  cardsById,
  cramCards,
  savedMockInterview,
  mockAnswersToRate,
};
export const commands = {
  rememberQuizChoice,
  recordPractice,
  saveMockInterview,
  clearMockInterview,
  rateMockAnswers,
};
