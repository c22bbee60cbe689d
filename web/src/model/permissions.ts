// Which pages a user sees: the permissions of the credential it signed in with (from
// `me { permissions }`). What it may do to an integration is the server's answer,
// `allowedActions` (see actions.ts); the server checks every request again.

import type { Role } from '../api/generated';

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
