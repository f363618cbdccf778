import { createSeededRandom, type RandomSource } from '../../../domain/quiz/random';

/**
 * The seed of a quiz's random order: `?seed=` when the URL gives one (tests, or a shared
 * link that should ask the same questions), otherwise fresh from the browser.
 */
export function readQuizSeed(params: URLSearchParams): number {
  const given = params.get('seed');
  if (given !== null && /^\d+$/.test(given)) return Number(given) >>> 0;
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

export function createQuizRandom(seed: number, salt = 0): RandomSource {
  // Salting keeps each question's draw independent of how many were drawn before it.
  return createSeededRandom((seed + Math.imul(salt, 0x9e3779b1)) >>> 0);
}
