import type { MockAnswer, MockSession } from './mock-session';

/**
 * A stored mock session, checked field by field: what comes back from storage may be from an
 * older version or damaged, and a broken session must be dropped rather than crash the screen.
 */
export function parseMockSession(value: unknown): MockSession | null {
  if (!isRecord(value)) return null;
  const { id, startedAt, secondsPerQuestion, answers, current } = value;
  if (typeof id !== 'string' || !isCount(startedAt) || !isCount(secondsPerQuestion)) return null;
  if (!Array.isArray(answers) || !isCount(current)) return null;
  const parsed = answers.map(parseAnswer);
  if (parsed.length === 0 || current > parsed.length) return null;
  const valid = parsed.filter((answer): answer is MockAnswer => answer !== null);
  if (valid.length !== parsed.length) return null;
  return { id, startedAt, secondsPerQuestion, answers: valid, current };
}

function parseAnswer(value: unknown): MockAnswer | null {
  if (!isRecord(value)) return null;
  const { cardId, deckId, text, timeUsedMs } = value;
  if (typeof cardId !== 'string' || typeof deckId !== 'string' || typeof text !== 'string') {
    return null;
  }
  return isCount(timeUsedMs) ? { cardId, deckId, text, timeUsedMs } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
