import { describe, expect, it } from 'vitest';
import type { IntegrationState } from '../src/api/generated';
import { availableActions, grantableRoles, mayAdminister, mayCreate, mayManageKeys, type Viewer } from '../src/model/permissions';

const viewer: Viewer = { id: 'v', role: 'VIEWER', permissions: ['integration.read'] };
const developer: Viewer = { id: 'd', role: 'DEVELOPER', permissions: ['integration.read', 'integration.write', 'apikey.manage'] };
const admin: Viewer = {
  id: 'a',
  role: 'ADMIN',
  permissions: ['integration.read', 'integration.write', 'integration.delete', 'apikey.manage', 'user.manage'],
};

const owned = (state: IntegrationState, owner = 'd') => ({ state, owner: { id: owner } });

describe('availableActions', () => {
  it('offers a viewer nothing, in any state', () => {
    for (const state of ['DRAFT', 'REVIEWING', 'ACTIVE', 'FAILED'] as const) expect(availableActions(viewer, owned(state))).toEqual([]);
  });

  it('offers the review and cancel to the owner of a reviewing integration', () => {
    expect(availableActions(developer, owned('REVIEWING'))).toEqual(['approve', 'requestChanges', 'reject', 'cancel']);
  });

  it('offers a developer nothing on someone else’s integration', () => {
    expect(availableActions(developer, owned('REVIEWING', 'someone'))).toEqual([]);
    expect(availableActions(developer, { state: 'FAILED', owner: null })).toEqual([]);
  });

  it('lets an administrator act on anyone’s integration and delete', () => {
    expect(availableActions(admin, owned('REVIEWING', 'someone'))).toEqual(['approve', 'requestChanges', 'reject', 'cancel']);
    expect(availableActions(admin, owned('FAILED', 'someone'))).toEqual(['retry', 'delete']);
    expect(availableActions(admin, owned('ACTIVE', 'someone'))).toEqual(['deprecate']);
    expect(availableActions(admin, owned('DEPRECATED', 'someone'))).toEqual(['delete']);
  });

  it('never offers delete without integration.delete, nor while running or active', () => {
    expect(availableActions(developer, owned('FAILED'))).toEqual(['retry']);
    expect(availableActions(admin, owned('GENERATING'))).toEqual(['cancel']);
    expect(availableActions(admin, owned('ACTIVE'))).not.toContain('delete');
  });

  it('offers nothing to nobody', () => {
    expect(availableActions(null, owned('REVIEWING'))).toEqual([]);
  });
});

describe('a server that withholds the permissions list', () => {
  it('falls back to what the role grants', () => {
    const noList = (role: string) => ({ id: 'x', role, permissions: undefined });
    expect(availableActions(noList('VIEWER'), owned('REVIEWING', 'x'))).toEqual([]);
    expect(availableActions(noList('DEVELOPER'), owned('REVIEWING', 'x'))).toEqual(['approve', 'requestChanges', 'reject', 'cancel']);
    expect(mayAdminister(noList('ADMIN'))).toBe(true);
    expect(mayAdminister({ id: 'x', role: 'ADMIN', permissions: ['integration.read'] })).toBe(false);
    expect([noList('VIEWER'), noList('DEVELOPER'), noList('ADMIN')].map(mayManageKeys)).toEqual([false, true, true]);
  });
});

describe('pages by role', () => {
  it('shows creation to writers and administration to user managers', () => {
    expect([viewer, developer, admin].map(mayCreate)).toEqual([false, true, true]);
    expect([viewer, developer, admin].map(mayAdminister)).toEqual([false, false, true]);
  });

  it('shows key management only to a credential that may manage keys', () => {
    expect([viewer, developer, admin].map(mayManageKeys)).toEqual([false, true, true]);
    // A viewer key of an administrator: the key's role decides, not the owner's.
    expect(mayManageKeys({ id: 'a', role: 'VIEWER', permissions: ['integration.read'] })).toBe(false);
  });
});

describe('grantableRoles', () => {
  it('lets a user make keys up to its own role', () => {
    expect(grantableRoles('VIEWER')).toEqual(['VIEWER']);
    expect(grantableRoles('DEVELOPER')).toEqual(['VIEWER', 'DEVELOPER']);
    expect(grantableRoles('ADMIN')).toEqual(['VIEWER', 'DEVELOPER', 'ADMIN']);
    expect(grantableRoles('UNKNOWN')).toEqual([]);
  });
});
