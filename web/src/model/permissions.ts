// Which pages a user sees: the permissions of the credential it signed in with (from
// `me { permissions }`). What it may do to an integration is the server's answer,
// `allowedActions` (see actions.ts); the server checks every request again.

import type { Permission, Role } from '../api/generated';

export const PERMISSIONS = {
  read: 'INTEGRATION_READ',
  write: 'INTEGRATION_WRITE',
  delete: 'INTEGRATION_DELETE',
  manageKeys: 'API_KEY_MANAGE',
  manageUsers: 'USER_MANAGE',
} as const satisfies Record<string, Permission>;

export interface Viewer {
  id: string;
  role: string;
  permissions?: readonly Permission[] | null;
}

/** What each role grants, for a server that withholds `permissions` (the server decides anyway). */
const ROLE_PERMISSIONS: Record<string, readonly Permission[]> = {
  VIEWER: [PERMISSIONS.read],
  DEVELOPER: [PERMISSIONS.read, PERMISSIONS.write, PERMISSIONS.manageKeys],
  ADMIN: [PERMISSIONS.read, PERMISSIONS.write, PERMISSIONS.delete, PERMISSIONS.manageKeys, PERMISSIONS.manageUsers],
};

/** The viewer's permissions: as `me { permissions }` lists them, else as its role implies. */
export function permissionsOf(viewer: { role: string; permissions?: readonly Permission[] | null }): readonly Permission[] {
  return Array.isArray(viewer.permissions) ? viewer.permissions : (ROLE_PERMISSIONS[viewer.role] ?? []);
}

export function can(viewer: Viewer | null | undefined, permission: Permission): boolean {
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
