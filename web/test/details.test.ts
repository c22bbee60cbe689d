import { describe, expect, it } from 'vitest';
import { describeFailure, diffLineKind, historyPage, isWebUrl, pageCount, testReportBadge } from '../src/model/details';

describe('failure sentences', () => {
  it('say a cancellation once, without repeating the default reason', () => {
    expect(describeFailure({ reason: 'cancelled', trigger: 'CANCELLED', step: null })).toBe('Cancelled.');
    expect(describeFailure({ reason: '', trigger: 'CANCELLED' })).toBe('Cancelled.');
  });

  it('keep the reason a person gave for cancelling', () => {
    expect(describeFailure({ reason: 'wrong prompt', trigger: 'CANCELLED' })).toBe('Cancelled: wrong prompt');
  });

  it('name the step that failed, and a rejection as a review decision', () => {
    expect(describeFailure({ reason: 'the tests failed (exit code 1)', trigger: 'STEP_FAILED', step: 'PULL_REQUEST' })).toBe(
      'Failed at pull request: the tests failed (exit code 1)',
    );
    expect(describeFailure({ reason: 'not like this', trigger: 'REJECTED' })).toBe('Rejected in review: not like this');
  });
});

describe('test report badges', () => {
  it('show a compensated run as rolled back, not as passed', () => {
    expect(testReportBadge(true, 'COMPENSATED')).toEqual({ label: 'Passed, then rolled back', tone: 'neutral' });
    expect(testReportBadge(false, 'COMPENSATED').tone).toBe('neutral');
  });

  it('show a standing run as it ended', () => {
    expect(testReportBadge(true, 'SUCCEEDED')).toEqual({ label: 'Passed', tone: 'good' });
    expect(testReportBadge(false, 'FAILED')).toEqual({ label: 'Failed', tone: 'bad' });
    expect(testReportBadge(true, undefined).label).toBe('Passed');
  });
});

describe('pull request links', () => {
  it('open web pages and keep local paths in the dashboard', () => {
    expect(isWebUrl('https://github.com/o/r/pull/3')).toBe(true);
    expect(isWebUrl('file:///data/git/integrations.git#codebot/x')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
  });

  it('classify diff lines', () => {
    expect(['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1 +1 @@', '+new', '-old', ' same'].map(diffLineKind)).toEqual([
      'file',
      'file',
      'file',
      'hunk',
      'add',
      'remove',
      'context',
    ]);
  });
});

describe('history pages', () => {
  it('split 51 events into pages of 20, the newest full', () => {
    expect(pageCount(51, 20)).toBe(3);
    expect(historyPage(0, 51, 20)).toEqual({ fromNewest: 0, after: 31, first: 20, from: 32, to: 51 });
    expect(historyPage(1, 51, 20)).toEqual({ fromNewest: 1, after: 11, first: 20, from: 12, to: 31 });
    expect(historyPage(2, 51, 20)).toEqual({ fromNewest: 2, after: 0, first: 11, from: 1, to: 11 });
  });

  it('clamp a page past either end and keep one page for a short history', () => {
    expect(historyPage(9, 51, 20).fromNewest).toBe(2);
    expect(historyPage(-1, 51, 20).fromNewest).toBe(0);
    expect(pageCount(0, 20)).toBe(1);
    expect(historyPage(0, 7, 20)).toEqual({ fromNewest: 0, after: 0, first: 7, from: 1, to: 7 });
  });
});
