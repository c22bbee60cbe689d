import { describe, expect, it } from 'vitest';
import type { StateCountsQuery } from '../src/api/generated';
import { applyTransition, countsFromAnswer, emptyCounts, STATES } from '../src/model/states';

describe('state counts', () => {
  it('reads one aliased totalCount per state', () => {
    const answer = {
      all: { totalCount: 6 },
      ...Object.fromEntries(STATES.map((s) => [s, { totalCount: 0 }])),
      REVIEWING: { totalCount: 2 },
      ACTIVE: { totalCount: 4 },
    } as StateCountsQuery;
    const counts = countsFromAnswer(answer);
    expect(counts.total).toBe(6);
    expect(counts.byState.REVIEWING).toBe(2);
    expect(counts.byState.ACTIVE).toBe(4);
    expect(counts.byState.DRAFT).toBe(0);
  });

  it('counts nothing for a missing answer', () => {
    expect(countsFromAnswer(null)).toEqual(emptyCounts());
  });

  it('moves one integration between states without changing the total', () => {
    const before = { ...emptyCounts(), total: 3 };
    before.byState.TESTING = 1;
    before.byState.ACTIVE = 2;
    const after = applyTransition(before, 'TESTING', 'REVIEWING');
    expect(after.byState.TESTING).toBe(0);
    expect(after.byState.REVIEWING).toBe(1);
    expect(after.total).toBe(3);
    expect(before.byState.TESTING).toBe(1); // the old counts stay as they were
  });

  it('adds a new integration to the total and never counts below zero', () => {
    const after = applyTransition(emptyCounts(), undefined, 'VALIDATING');
    expect(after.total).toBe(1);
    expect(after.byState.VALIDATING).toBe(1);
    expect(applyTransition(emptyCounts(), 'FAILED', 'VALIDATING').byState.FAILED).toBe(0);
  });

  it('changes nothing when the state stays', () => {
    const counts = emptyCounts();
    expect(applyTransition(counts, 'ACTIVE', 'ACTIVE')).toBe(counts);
  });
});
