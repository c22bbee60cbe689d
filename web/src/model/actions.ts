// How the dashboard presents the actions the server allows on an integration
// (`allowedActions`, decided from its state, the caller's role and ownership): labels,
// confirmations and order. Which actions apply is never decided here.

import type { IntegrationAction } from '../api/generated';

/** A button of the detail page's action bar (its `data-action`). */
export type Action = 'approve' | 'requestChanges' | 'reject' | 'cancel' | 'retry' | 'deprecate' | 'delete';

export interface ActionSpec {
  label: string;
  /** Destroys or stops something: ask before doing it. */
  confirm: boolean;
  /** A text the action needs: a comment or a reason. */
  text?: { label: string; required: boolean };
  tone: 'primary' | 'default' | 'danger';
}

export const ACTIONS: Record<Action, ActionSpec> = {
  approve: { label: 'Approve', confirm: false, text: { label: 'Comment (optional)', required: false }, tone: 'primary' },
  requestChanges: { label: 'Request changes', confirm: false, text: { label: 'What should change', required: true }, tone: 'default' },
  reject: { label: 'Reject', confirm: true, text: { label: 'Reason', required: true }, tone: 'danger' },
  cancel: { label: 'Cancel', confirm: true, tone: 'danger' },
  retry: { label: 'Retry', confirm: false, tone: 'primary' },
  deprecate: { label: 'Deprecate', confirm: true, tone: 'danger' },
  delete: { label: 'Delete', confirm: true, tone: 'danger' },
};

/** The server's action each button performs, in the order the bar shows them. */
const BAR: readonly [Action, IntegrationAction][] = [
  ['approve', 'APPROVE'],
  ['requestChanges', 'REQUEST_CHANGES'],
  ['reject', 'REJECT'],
  ['retry', 'RETRY'],
  ['cancel', 'CANCEL'],
  ['deprecate', 'DEPRECATE'],
  ['delete', 'DELETE'],
];

/**
 * The action bar's buttons for what the server allows, in display order. The actions
 * on a failed undo have their place in the compensation notice; editing has no form yet.
 */
export function barActions(allowed: readonly IntegrationAction[] | null | undefined): Action[] {
  const set = new Set(allowed ?? []);
  return BAR.filter(([, server]) => set.has(server)).map(([action]) => action);
}

/** Which ways out of a failed undo the server offers this caller. */
export function compensationActions(allowed: readonly IntegrationAction[] | null | undefined): { retry: boolean; resolve: boolean } {
  const set = new Set(allowed ?? []);
  return { retry: set.has('RETRY_COMPENSATION'), resolve: set.has('RESOLVE_COMPENSATION') };
}
