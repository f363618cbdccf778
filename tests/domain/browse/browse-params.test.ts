import { describe, expect, it } from 'vitest';
import {
  type BrowseForm,
  emptyBrowseForm,
  parseBrowseParams,
  toBrowseParams,
  toBrowseQuery,
} from '../../../src/domain/browse/browse-params';
import { DAY, NOW } from './browse-fixtures';

const form: BrowseForm = {
  text: 'cache control',
  deckId: 'web/http',
  tag: 'caching',
  state: 'review',
  due: 'today',
  retrievabilityBelowPercent: 80,
  sort: { key: 'due', direction: 'desc' },
  pageIndex: 2,
};

describe('browse params', () => {
  it('round-trips a form through the address', () => {
    const params = new URLSearchParams(toBrowseParams(form));
    expect(params.toString()).toBe(
      'q=cache+control&deck=web%2Fhttp&tag=caching&state=review&due=today&r=80&sort=due&dir=desc&page=3',
    );
    expect(parseBrowseParams(params)).toEqual(form);
  });

  it('leaves defaults out of the address', () => {
    expect(toBrowseParams(emptyBrowseForm)).toEqual({});
    expect(toBrowseParams({ ...emptyBrowseForm, sort: { key: 'due', direction: 'asc' } })).toEqual({
      sort: 'due',
    });
  });

  it('reads unknown or out-of-range values as not set', () => {
    const params = new URLSearchParams('state=buried&due=soon&r=150&sort=colour&dir=up&page=-4');
    expect(parseBrowseParams(params)).toEqual(emptyBrowseForm);
    expect(parseBrowseParams(new URLSearchParams('r=0')).retrievabilityBelowPercent).toBeNull();
  });

  it('turns due windows and percents into the query', () => {
    const clock = { now: NOW, dayEnd: NOW + 3_600_000, weights: null };
    const dueBefore = (due: BrowseForm['due']) =>
      toBrowseQuery({ ...emptyBrowseForm, due }, clock).filter.dueBefore;
    expect(dueBefore('overdue')).toBe(NOW);
    expect(dueBefore('today')).toBe(NOW + 3_600_000);
    expect(dueBefore('week')).toBe(NOW + 3_600_000 + 6 * DAY);
    expect(dueBefore(null)).toBeNull();
    expect(toBrowseQuery(form, clock).filter).toMatchObject({
      retrievabilityBelow: 0.8,
      state: 'review',
      tag: 'caching',
      deckId: 'web/http',
    });
  });
});
