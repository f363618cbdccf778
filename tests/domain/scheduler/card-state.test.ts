import { State as FsrsState } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { isLearning, isNew, isReview, State } from '../../../src/domain/card-state';
import { toCardState } from '../../../src/domain/scheduler/card-convert';

const states = [State.New, State.Learning, State.Review, State.Relearning];

describe('named card states', () => {
  it('are numbered as ts-fsrs numbers its own State, which stored rows carry', () => {
    expect(State).toEqual({
      New: FsrsState.New,
      Learning: FsrsState.Learning,
      Review: FsrsState.Review,
      Relearning: FsrsState.Relearning,
    });
    for (const name of ['New', 'Learning', 'Review', 'Relearning'] as const) {
      expect(toCardState(FsrsState[name])).toBe(State[name]);
    }
  });

  it('counts relearning as learning, and each state as exactly one of new, learning, review', () => {
    expect(states.filter(isNew)).toEqual([State.New]);
    expect(states.filter(isLearning)).toEqual([State.Learning, State.Relearning]);
    expect(states.filter(isReview)).toEqual([State.Review]);
  });
});
