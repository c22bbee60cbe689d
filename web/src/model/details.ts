// Pure rules for what the detail page says: why an integration failed, what became of
// its test report, where its pull request is shown, and how its history is paged.

import type { StepName, Trigger } from '../api/generated';
import { stepLabel } from './pipeline';

export interface FailureFacts {
  step?: StepName | null;
  reason: string;
  trigger: Trigger;
}

/**
 * One readable sentence for a failure. A cancellation without a reason of its own
 * (the server records `cancelled`) says so once; a step failure names the step.
 */
export function describeFailure(failure: FailureFacts): string {
  const reason = failure.reason.trim();
  switch (failure.trigger) {
    case 'CANCELLED':
      return reason === '' || reason.toLowerCase() === 'cancelled' ? 'Cancelled.' : `Cancelled: ${reason}`;
    case 'REJECTED':
      return reason ? `Rejected in review: ${reason}` : 'Rejected in review.';
    default: {
      const where = failure.step ? ` at ${stepLabel(failure.step).toLowerCase()}` : '';
      return reason ? `Failed${where}: ${reason}` : `Failed${where}.`;
    }
  }
}

export type Tone = 'good' | 'bad' | 'neutral';

/**
 * The badge of a test report. A report whose test step was undone afterwards (a later
 * failure, a rejection or a cancellation compensated it) no longer stands: it shows as
 * rolled back, whatever the run said.
 */
export function testReportBadge(passed: boolean, testStepStatus: string | undefined): { label: string; tone: Tone } {
  if (testStepStatus === 'COMPENSATED') return { label: passed ? 'Passed, then rolled back' : 'Failed, then rolled back', tone: 'neutral' };
  return passed ? { label: 'Passed', tone: 'good' } : { label: 'Failed', tone: 'bad' };
}

/** Whether a pull request's URL is a page a browser can open (GitHub), not a local path. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** How a line of a unified diff is shown. */
export function diffLineKind(line: string): 'file' | 'hunk' | 'add' | 'remove' | 'context' {
  if (line.startsWith('diff --git') || line.startsWith('+++ ') || line.startsWith('--- ') || line.startsWith('index ')) return 'file';
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'add';
  if (line.startsWith('-')) return 'remove';
  return 'context';
}

export interface HistoryPage {
  /** 0 for the newest page, 1 for the one before it, … */
  fromNewest: number;
  /** Versions after this one are on the page (the `after` argument). */
  after: number;
  /** How many the page holds (the `first` argument). */
  first: number;
  /** The versions it shows, inclusive. */
  from: number;
  to: number;
}

/** How many pages `total` events fill, `size` to a page (at least one). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / size));
}

/**
 * A page of a history of `total` events, counted from the newest: the newest page is
 * always full (the latest `size` events), and the oldest holds what is left over.
 * Clamped to the pages there are.
 */
export function historyPage(fromNewest: number, total: number, size: number): HistoryPage {
  const clamped = Math.min(Math.max(0, Math.floor(fromNewest)), pageCount(total, size) - 1);
  const to = Math.max(0, total - clamped * size);
  const after = Math.max(0, to - size);
  return { fromNewest: clamped, after, first: Math.max(1, to - after), from: after + 1, to };
}
