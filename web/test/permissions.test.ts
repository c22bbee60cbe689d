import { describe, expect, it } from 'vitest';
import { grantableRoles, mayAdminister, mayCreate, mayManageKeys, type Viewer } from '../src/model/permissions';

const viewer: Viewer = { id: 'v', role: 'VIEWER', permissions: ['INTEGRATION_READ'] };
const developer: Viewer = { id: 'd', role: 'DEVELOPER', permissions: ['INTEGRATION_READ', 'INTEGRATION_WRITE', 'API_KEY_MANAGE'] };
const admin: Viewer = {
  id: 'a',
  role: 'ADMIN',
  permissions: ['INTEGRATION_READ', 'INTEGRATION_WRITE', 'INTEGRATION_DELETE', 'API_KEY_MANAGE', 'USER_MANAGE'],
};

describe('a server that withholds the permissions list', () => {
  it('falls back to what the role grants', () => {
    const noList = (role: string) => ({ id: 'x', role, permissions: undefined });
    expect([noList('VIEWER'), noList('DEVELOPER'), noList('ADMIN')].map(mayCreate)).toEqual([false, true, true]);
    expect(mayAdminister(noList('ADMIN'))).toBe(true);
    expect(mayAdminister({ id: 'x', role: 'ADMIN', permissions: ['INTEGRATION_READ'] })).toBe(false);
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
    expect(mayManageKeys({ id: 'a', role: 'VIEWER', permissions: ['INTEGRATION_READ'] })).toBe(false);
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
