import { describe, expect, it } from 'vitest';
import { eventTypeLabel, summarizeEvent } from '../src/model/format';

describe('event summaries', () => {
  it('read a generation progress report as its characters and files', () => {
    expect(summarizeEvent('GENERATION_PROGRESSED', { attempt: 1, characters: 12345, files: ['a.py', 'b.py'] })).toBe(
      'Generation progress: 12,345 characters, files: a.py, b.py',
    );
    expect(summarizeEvent('GENERATION_PROGRESSED', { attempt: 1, characters: 80, files: [] })).toBe(
      'Generation progress: 80 characters, no file begun yet',
    );
  });

  it('name the attempt of a retried generation', () => {
    expect(summarizeEvent('GENERATION_PROGRESSED', { attempt: 2, characters: 10, files: ['a.py'] })).toBe(
      'Generation progress: 10 characters, files: a.py (attempt 2)',
    );
  });

  it('survive a progress report missing its fields', () => {
    expect(summarizeEvent('GENERATION_PROGRESSED', {})).toBe('Generation progress: ? characters, no file begun yet');
    expect(summarizeEvent('GENERATION_PROGRESSED', null)).toBe('Generation progress: ? characters, no file begun yet');
  });

  it('say a cancellation once', () => {
    expect(summarizeEvent('STATE_CHANGED', { from: 'REVIEWING', to: 'FAILED', trigger: 'cancelled', reason: 'cancelled' })).toBe(
      'REVIEWING → FAILED (cancelled)',
    );
    expect(summarizeEvent('STATE_CHANGED', { from: 'TESTING', to: 'FAILED', trigger: 'cancelled', reason: 'wrong prompt' })).toBe(
      'TESTING → FAILED (cancelled): wrong prompt',
    );
  });

  it('name a merged pull request', () => {
    expect(summarizeEvent('PULL_REQUEST_MERGED', {})).toBe('Pull request merged');
  });

  it('fall back to the type for an event they do not know', () => {
    expect(summarizeEvent('SOMETHING_NEW', { x: 1 })).toBe('SOMETHING_NEW');
  });

  it('label an event type in words', () => {
    expect(eventTypeLabel('STATE_CHANGED')).toBe('State changed');
    expect(eventTypeLabel('COMPENSATION_ATTEMPT_FAILED')).toBe('Compensation attempt failed');
    expect(eventTypeLabel('DEPLOYED')).toBe('Deployed');
  });
});
