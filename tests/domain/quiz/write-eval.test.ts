import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledCard } from '../../../src/domain/card-types';
import { measureCoverage, suggestRating } from '../../../src/domain/quiz/coverage';
import { extractKeyTerms } from '../../../src/domain/quiz/key-terms';
import { measureTermRarity } from '../../../src/domain/quiz/term-rarity';
import type { Rating } from '../../../src/domain/scheduler/types';
import {
  measureCoverage as measureBaselineCoverage,
  suggestRating as suggestBaselineRating,
} from './baseline/coverage';
import { extractKeyTerms as extractBaselineKeyTerms } from './baseline/key-terms';
import { compileBuiltInBank } from './built-in-bank';

type RatedAnswer = { question: number; typed: string; rating: Rating };

const evaluation: { answers: RatedAnswer[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'write-eval.json'), 'utf8'),
);
const bank = compileBuiltInBank();
const rarity = measureTermRarity(bank.cards);

function findCard(number: number): CompiledCard {
  const card = bank.cards.find((c) => c.number === number);
  if (!card) throw new Error(`the built-in bank has no question ${number}`);
  return card;
}

type Agreement = { exact: number; withinOne: number };

function measureAgreement(suggest: (card: CompiledCard, typed: string) => Rating): Agreement {
  const gaps = evaluation.answers.map(({ question, typed, rating }) =>
    Math.abs(suggest(findCard(question), typed) - rating),
  );
  const share = (count: number) => count / gaps.length;
  return {
    exact: share(gaps.filter((gap) => gap === 0).length),
    withinOne: share(gaps.filter((gap) => gap <= 1).length),
  };
}

const before = measureAgreement((card, typed) =>
  suggestBaselineRating(measureBaselineCoverage(extractBaselineKeyTerms(card), typed)),
);
const after = measureAgreement((card, typed) =>
  suggestRating(measureCoverage(extractKeyTerms(card, rarity), typed)),
);

describe('Write mode suggestions against ratings people gave', () => {
  it('rates at least 30 typed answers of every quality', () => {
    expect(evaluation.answers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(evaluation.answers.map((answer) => answer.rating))).toEqual(
      new Set([1, 2, 3, 4]),
    );
  });

  it('agrees with people at least as often as the previous key terms did', () => {
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    console.info(
      `Suggested rating = person's rating: before ${percent(before.exact)}, after ${percent(after.exact)}; ` +
        `within one step: before ${percent(before.withinOne)}, after ${percent(after.withinOne)} ` +
        `(${evaluation.answers.length} answers)`,
    );
    expect(after.exact).toBeGreaterThanOrEqual(before.exact);
    expect(after.withinOne).toBeGreaterThanOrEqual(before.withinOne);
  });
});
