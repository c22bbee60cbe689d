import { describe, expect, it } from 'vitest';
import { nextSessionStep } from '../src/api/sessionStatus';

describe('the session check at start', () => {
  it('asks who we are only when there is a session to ask about', () => {
    expect(nextSessionStep({ signedIn: true, refreshable: true })).toBe('ask');
    expect(nextSessionStep({ signedIn: false, refreshable: true })).toBe('refresh');
    expect(nextSessionStep({ signedIn: false, refreshable: false })).toBe('signed-out');
  });

  it('falls back to asking a server that has no status endpoint', () => {
    expect(nextSessionStep(null)).toBe('ask');
  });
});
