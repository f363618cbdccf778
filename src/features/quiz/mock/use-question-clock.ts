import { useEffect, useRef, useState } from 'react';
import { readClock } from '../../../data/services/clock';

const tickMs = 250;

/**
 * Time used on the question on screen, going on from `usedAtStart` (what a reload kept) and
 * stopping at the limit. `questionKey` restarts it for the next question.
 */
export function useQuestionClock(
  questionKey: string,
  usedAtStart: number,
  limitMs: number,
): number {
  const [used, setUsed] = useState(usedAtStart);
  const start = useRef({ usedAtStart, limitMs });
  start.current = { usedAtStart, limitMs };

  useEffect(() => {
    if (!questionKey) return;
    const { usedAtStart: base, limitMs: limit } = start.current;
    const startedAt = readClock();
    setUsed(Math.min(base, limit));
    if (base >= limit) return;
    const timer = setInterval(() => {
      const next = Math.min(limit, base + readClock() - startedAt);
      setUsed(next);
      if (next >= limit) clearInterval(timer);
    }, tickMs);
    return () => clearInterval(timer);
  }, [questionKey]);

  return used;
}
