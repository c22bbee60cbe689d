import { describe, expect, it } from 'vitest';
import type { BreakerState } from '../src/api/generated';
import { backendLabel, breakerView, bulkheadLabel, formatSeconds, isFull, ofLimit, reportedAgo } from '../src/model/providers';

describe('breaker badges', () => {
  it('gives each state its own label and tone, an open breaker the warning tone', () => {
    const states: BreakerState[] = ['CLOSED', 'OPEN', 'HALF_OPEN'];
    const views = states.map(breakerView);
    expect(views.map((v) => v.label)).toEqual(['Closed', 'Open', 'Half-open']);
    expect(breakerView('CLOSED').tone).toBe('good');
    expect(breakerView('OPEN').tone).toBe('attention');
    expect(breakerView('HALF_OPEN').tone).toBe('busy');
    expect(new Set(views.map((v) => v.tone)).size).toBe(3);
    for (const view of views) expect(view.help).not.toBe('');
  });

  it('shows a state it does not know as it came, in a neutral tone', () => {
    expect(breakerView('FORCED_OPEN')).toMatchObject({ label: 'FORCED_OPEN', tone: 'neutral' });
    expect(breakerView('toString').tone).toBe('neutral');
  });
});

describe('names of the database and the bulkheads', () => {
  it('reads each database and bulkhead the schema names in words', () => {
    expect([backendLabel('SQLITE'), backendLabel('POSTGRES')]).toEqual(['SQLite', 'PostgreSQL']);
    expect(bulkheadLabel('DATABASE')).toBe('Database');
  });

  it('shows a name it does not know as it came', () => {
    expect(backendLabel('MYSQL')).toBe('MYSQL');
    expect(bulkheadLabel('toString')).toBe('toString');
  });
});

describe('occupancy', () => {
  it('reads as count / limit', () => {
    expect(ofLimit(3, 8)).toBe('3 / 8');
    expect(ofLimit(0, 0)).toBe('0 / 0');
    expect(ofLimit(1200, 5000)).toBe('1,200 / 5,000');
  });

  it('is full at the limit, never with a limit of 0', () => {
    expect(isFull(8, 8)).toBe(true);
    expect(isFull(7, 8)).toBe(false);
    expect(isFull(0, 0)).toBe(false);
  });
});

describe('open period', () => {
  it('reads in seconds, then minutes', () => {
    expect(formatSeconds(30)).toBe('30 s');
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(90)).toBe('1 min 30 s');
    expect(formatSeconds(-1)).toBe('—');
  });
});

describe('worker reports', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');

  it('read as how long before now they came', () => {
    expect(reportedAgo('2025-01-01T11:59:57Z', now)).toBe('3 s ago');
    expect(reportedAgo('2025-01-01T11:58:55Z', now)).toBe('1 min 5 s ago');
    expect(reportedAgo('2025-01-01T11:59:58.5Z', now)).toBe('1 s ago');
  });

  it('call under a second, or a clock a little ahead, just now', () => {
    expect(reportedAgo('2025-01-01T11:59:59.400Z', now)).toBe('just now');
    expect(reportedAgo('2025-01-01T12:00:00Z', now)).toBe('just now');
    expect(reportedAgo('2025-01-01T12:00:02Z', now)).toBe('just now');
  });

  it('show a time they cannot read as a dash', () => {
    expect(reportedAgo('not a time', now)).toBe('—');
  });
});
