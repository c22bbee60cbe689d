// The lifecycle as the dashboard shows it: the states in pipeline order, how each
// looks, and the per-state counts of the board.

import type { IntegrationState, StateCountsQuery } from '../api/generated';

export const STATES: readonly IntegrationState[] = [
  'DRAFT',
  'VALIDATING',
  'GENERATING',
  'TESTING',
  'REVIEWING',
  'DEPLOYING',
  'ACTIVE',
  'FAILED',
  'DEPRECATED',
];

export type Tone = 'neutral' | 'busy' | 'attention' | 'good' | 'bad' | 'muted';

export const STATE_TONE: Record<IntegrationState, Tone> = {
  DRAFT: 'neutral',
  VALIDATING: 'busy',
  GENERATING: 'busy',
  TESTING: 'busy',
  REVIEWING: 'attention',
  DEPLOYING: 'busy',
  ACTIVE: 'good',
  FAILED: 'bad',
  DEPRECATED: 'muted',
};

export const STATE_HELP: Record<IntegrationState, string> = {
  DRAFT: 'Created; the pipeline has not started',
  VALIDATING: 'The request is checked against its kind',
  GENERATING: 'The generator writes the code and its tests',
  TESTING: 'The generated tests run in the sandbox',
  REVIEWING: 'A pull request waits for a review',
  DEPLOYING: 'The reviewed code is being deployed',
  ACTIVE: 'Deployed and running',
  FAILED: 'Failed, rejected or cancelled; finished steps were undone',
  DEPRECATED: 'Taken out of service',
};

export function isState(value: string): value is IntegrationState {
  return (STATES as readonly string[]).includes(value);
}

export function stateLabel(state: IntegrationState): string {
  return state.charAt(0) + state.slice(1).toLowerCase();
}

export interface StateCounts {
  total: number;
  byState: Record<IntegrationState, number>;
}

export function emptyCounts(): StateCounts {
  return { total: 0, byState: Object.fromEntries(STATES.map((s) => [s, 0])) as Record<IntegrationState, number> };
}

/** The counts from the aliased `StateCounts` answer; a field the server withheld counts 0. */
export function countsFromAnswer(answer: StateCountsQuery | null | undefined): StateCounts {
  const counts = emptyCounts();
  if (!answer) return counts;
  counts.total = answer.all?.totalCount ?? 0;
  for (const state of STATES) counts.byState[state] = answer[state]?.totalCount ?? 0;
  return counts;
}

/** The counts after one integration moved from `from` to `to` (the live update before the reload confirms it). */
export function applyTransition(counts: StateCounts, from: IntegrationState | undefined, to: IntegrationState): StateCounts {
  if (from === to) return counts;
  const byState = { ...counts.byState };
  let total = counts.total;
  if (from) byState[from] = Math.max(0, byState[from] - 1);
  else total += 1;
  byState[to] += 1;
  return { total, byState };
}
