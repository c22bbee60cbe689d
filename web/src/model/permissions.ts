// Which actions a user may take on an integration: the role's permissions (from
// `me { permissions }`), ownership, and the integration's state. The server checks
// the same again; this only decides which buttons to show.

import type { IntegrationState, Role } from '../api/generated';

export const PERMISSIONS = {
  read: 'integration.read',
  write: 'integration.write',
  delete: 'integration.delete',
  manageKeys: 'apikey.manage',
  manageUsers: 'user.manage',
} as const;

export interface Viewer {
  id: string;
  role: string;
  permissions?: readonly string[] | null;
}

export interface ActionTarget {
  state: IntegrationState;
  owner: { id: string } | null;
}

export type Action = 'approve' | 'requestChanges' | 'reject' | 'cancel' | 'retry' | 'deprecate' | 'delete';

export interface ActionSpec {
  label: string;
  /** States in which the server accepts it. */
  states: readonly IntegrationState[];
  /** The permission it needs besides reading. */
  permission: string;
  /** Destroys or stops something: ask before doing it. */
  confirm: boolean;
  /** A text the action needs: a comment or a reason. */
  text?: { label: string; required: boolean };
  tone: 'primary' | 'default' | 'danger';
}

const IN_FLIGHT: readonly IntegrationState[] = ['VALIDATING', 'GENERATING', 'TESTING', 'REVIEWING', 'DEPLOYING'];

export const ACTIONS: Record<Action, ActionSpec> = {
  approve: {
    label: 'Approve',
    states: ['REVIEWING'],
    permission: PERMISSIONS.write,
    confirm: false,
    text: { label: 'Comment (optional)', required: false },
    tone: 'primary',
  },
  requestChanges: {
    label: 'Request changes',
    states: ['REVIEWING'],
    permission: PERMISSIONS.write,
    confirm: false,
    text: { label: 'What should change', required: true },
    tone: 'default',
  },
  reject: {
    label: 'Reject',
    states: ['REVIEWING'],
    permission: PERMISSIONS.write,
    confirm: true,
    text: { label: 'Reason', required: true },
    tone: 'danger',
  },
  cancel: {
    label: 'Cancel',
    states: ['DRAFT', ...IN_FLIGHT],
    permission: PERMISSIONS.write,
    confirm: true,
    tone: 'danger',
  },
  retry: { label: 'Retry', states: ['FAILED'], permission: PERMISSIONS.write, confirm: false, tone: 'primary' },
  deprecate: { label: 'Deprecate', states: ['ACTIVE'], permission: PERMISSIONS.write, confirm: true, tone: 'danger' },
  delete: {
    label: 'Delete',
    states: ['DRAFT', 'FAILED', 'DEPRECATED'],
    permission: PERMISSIONS.delete,
    confirm: true,
    tone: 'danger',
  },
};

export const ACTION_ORDER: readonly Action[] = ['approve', 'requestChanges', 'reject', 'retry', 'cancel', 'deprecate', 'delete'];

/** What each role grants, for a server that withholds `permissions` (the server decides anyway). */
const ROLE_PERMISSIONS: Record<string, readonly string[]> = {
  VIEWER: [PERMISSIONS.read],
  DEVELOPER: [PERMISSIONS.read, PERMISSIONS.write, PERMISSIONS.manageKeys],
  ADMIN: [PERMISSIONS.read, PERMISSIONS.write, PERMISSIONS.delete, PERMISSIONS.manageKeys, PERMISSIONS.manageUsers],
};

/** The viewer's permissions: as `me { permissions }` lists them, else as its role implies. */
export function permissionsOf(viewer: { role: string; permissions?: readonly string[] | null }): readonly string[] {
  return Array.isArray(viewer.permissions) ? viewer.permissions : (ROLE_PERMISSIONS[viewer.role] ?? []);
}

export function can(viewer: Viewer | null | undefined, permission: string): boolean {
  return !!viewer && permissionsOf(viewer).includes(permission);
}

/**
 * Whether `viewer` may change `target`: a developer changes only what it owns; a user
 * who may manage users (an administrator) changes anything.
 */
export function mayChange(viewer: Viewer | null | undefined, target: ActionTarget): boolean {
  if (!can(viewer, PERMISSIONS.write)) return false;
  if (viewer!.role === 'ADMIN' || can(viewer, PERMISSIONS.manageUsers)) return true;
  return !!target.owner && target.owner.id === viewer!.id;
}

/** The actions to offer on `target` now, in display order. */
export function availableActions(viewer: Viewer | null | undefined, target: ActionTarget): Action[] {
  return ACTION_ORDER.filter((action) => {
    const spec = ACTIONS[action];
    if (!spec.states.includes(target.state)) return false;
    if (action === 'delete') return can(viewer, PERMISSIONS.delete);
    return mayChange(viewer, target);
  });
}

export function mayCreate(viewer: Viewer | null | undefined): boolean {
  return can(viewer, PERMISSIONS.write);
}

export function mayAdminister(viewer: Viewer | null | undefined): boolean {
  return can(viewer, PERMISSIONS.manageUsers);
}

/**
 * Whether `viewer` may list, create and revoke API keys: the credential signed in with
 * decides (a viewer key manages none, even when its owner is an administrator).
 */
export function mayManageKeys(viewer: Viewer | null | undefined): boolean {
  return can(viewer, PERMISSIONS.manageKeys);
}

export const ROLES: readonly Role[] = ['VIEWER', 'DEVELOPER', 'ADMIN'];

/** The roles a user may give an API key: its own and those below it. */
export function grantableRoles(role: string): Role[] {
  const index = ROLES.indexOf(role as Role);
  return index < 0 ? [] : ROLES.slice(0, index + 1);
}
