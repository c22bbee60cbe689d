import { describe, expect, it } from 'vitest';
import type { IntegrationAction } from '../src/api/generated';
import { ACTIONS, barActions, compensationActions } from '../src/model/actions';

describe('barActions', () => {
  it('shows nothing when the server allows nothing (a viewer, someone else’s integration, the past)', () => {
    expect(barActions([])).toEqual([]);
    expect(barActions(null)).toEqual([]);
    expect(barActions(undefined)).toEqual([]);
  });

  it('shows a button for each action the server allows, in the bar’s order whatever the server’s', () => {
    expect(barActions(['CANCEL', 'REJECT', 'REQUEST_CHANGES', 'APPROVE'])).toEqual(['approve', 'requestChanges', 'reject', 'cancel']);
    expect(barActions(['DELETE', 'RETRY'])).toEqual(['retry', 'delete']);
    expect(barActions(['DEPRECATE'])).toEqual(['deprecate']);
  });

  it('leaves editing and the ways out of a failed undo to their own places', () => {
    const all: IntegrationAction[] = [
      'UPDATE',
      'APPROVE',
      'REQUEST_CHANGES',
      'REJECT',
      'CANCEL',
      'RETRY',
      'DEPRECATE',
      'DELETE',
      'RETRY_COMPENSATION',
      'RESOLVE_COMPENSATION',
    ];
    expect(barActions(all)).toEqual(['approve', 'requestChanges', 'reject', 'retry', 'cancel', 'deprecate', 'delete']);
    expect(barActions(['UPDATE', 'RETRY_COMPENSATION', 'RESOLVE_COMPENSATION'])).toEqual([]);
  });

  it('has a label for every button it shows', () => {
    for (const action of barActions(['APPROVE', 'REQUEST_CHANGES', 'REJECT', 'CANCEL', 'RETRY', 'DEPRECATE', 'DELETE'])) {
      expect(ACTIONS[action].label).not.toBe('');
    }
  });

  it('asks for a reason before rejecting and confirms what destroys or stops something', () => {
    expect(ACTIONS.reject.text).toEqual({ label: 'Reason', required: true });
    expect(ACTIONS.approve.text?.required).toBe(false);
    expect(['cancel', 'deprecate', 'delete', 'reject'].every((a) => ACTIONS[a as keyof typeof ACTIONS].confirm)).toBe(true);
  });
});

describe('compensationActions', () => {
  it('offers the ways out of a failed undo only when the server allows them', () => {
    expect(compensationActions(['UPDATE'])).toEqual({ retry: false, resolve: false });
    expect(compensationActions(['UPDATE', 'RETRY_COMPENSATION', 'RESOLVE_COMPENSATION'])).toEqual({ retry: true, resolve: true });
    expect(compensationActions(['RESOLVE_COMPENSATION'])).toEqual({ retry: false, resolve: true });
    expect(compensationActions(null)).toEqual({ retry: false, resolve: false });
  });
});
