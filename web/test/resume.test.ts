import { describe, expect, it } from 'vitest';
import { ResumeCursor, isRetryable, isSessionExpiry, liveStatus, retryDelay } from '../src/api/resume';

describe('ResumeCursor', () => {
  it('starts from now without an initial cursor and from the snapshot with one', () => {
    expect(new ResumeCursor().value).toBeUndefined();
    expect(new ResumeCursor(null).value).toBeUndefined();
    expect(new ResumeCursor(7).value).toBe(7);
  });

  it('moves forward with each new position and drops replays of seen ones', () => {
    const cursor = new ResumeCursor(3);
    expect(cursor.accept(3)).toBe(false);
    expect(cursor.accept(2)).toBe(false);
    expect(cursor.accept(4)).toBe(true);
    expect(cursor.accept(5)).toBe(true);
    // A reconnect that replays from an older cursor delivers 4 and 5 again: dropped.
    expect(cursor.accept(4)).toBe(false);
    expect(cursor.accept(5)).toBe(false);
    expect(cursor.accept(6)).toBe(true);
    expect(cursor.value).toBe(6);
  });

  it('accepts the first event when it started from now', () => {
    const cursor = new ResumeCursor();
    expect(cursor.accept(1)).toBe(true);
    expect(cursor.value).toBe(1);
  });
});

describe('retryDelay', () => {
  it('doubles from half a second and stops at fifteen seconds', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((n) => retryDelay(n, middle))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('spreads retries by at most a fifth either way', () => {
    expect(retryDelay(2, () => 0)).toBe(1600);
    expect(retryDelay(2, () => 0.999999)).toBe(2400);
  });
});

describe('which endings are retried', () => {
  it('retries lost connections, server restarts and network errors', () => {
    expect(isRetryable({ code: 1006, reason: '' })).toBe(true);
    expect(isRetryable({ code: 1001, reason: 'going away' })).toBe(true);
    expect(isRetryable({ code: 4500, reason: 'internal' })).toBe(true);
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
  });

  it('does not retry requests the server refuses again', () => {
    expect(isRetryable([{ message: 'Unknown field' }])).toBe(false);
    for (const code of [4400, 4403, 4406, 4409]) expect(isRetryable({ code, reason: '' })).toBe(false);
  });

  it('knows a session expiry by close code 4401', () => {
    expect(isSessionExpiry({ code: 4401, reason: 'Unauthorized' })).toBe(true);
    expect(isSessionExpiry({ code: 4403, reason: 'Forbidden' })).toBe(false);
    expect(isSessionExpiry(new Error('x'))).toBe(false);
  });
});

describe('liveStatus', () => {
  const base = { socket: 'open' as const, active: 1, waiting: 0, browserOnline: true, everConnected: true };

  it('is idle with nothing live and live with an open socket', () => {
    expect(liveStatus({ ...base, active: 0 })).toBe('idle');
    expect(liveStatus(base)).toBe('online');
  });

  it('says connecting before the first connection and reconnecting after a loss', () => {
    expect(liveStatus({ ...base, socket: 'connecting', everConnected: false })).toBe('connecting');
    expect(liveStatus({ ...base, socket: 'connecting' })).toBe('reconnecting');
    expect(liveStatus({ ...base, socket: 'closed', waiting: 1 })).toBe('reconnecting');
    expect(liveStatus({ ...base, waiting: 1 })).toBe('reconnecting');
  });

  it('says offline when the browser has no network', () => {
    expect(liveStatus({ ...base, browserOnline: false })).toBe('offline');
  });
});
