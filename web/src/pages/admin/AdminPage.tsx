import { useState } from 'preact/hooks';
import { InfoNotice } from '../../components/Notice';
import { useTitle } from '../../hooks';
import { mayAdminister, mayManageKeys } from '../../model/permissions';
import type { CurrentUser } from '../../session';
import { ApiKeys } from './ApiKeys';
import { Status } from './Status';
import { Users } from './Users';

/**
 * Administrators see everything and invite people; anyone else manages their own API
 * keys here, as far as the key they signed in with allows (a viewer key manages none).
 */
export function AdminPage({ user }: { user: CurrentUser }) {
  const admin = mayAdminister(user);
  const keys = mayManageKeys(user);
  // An invitation makes a key: the list of keys shows it.
  const [invitations, setInvitations] = useState(0);
  useTitle(admin ? 'Admin' : 'API keys');
  return (
    <div class="admin">
      <h1>{admin ? 'Admin' : 'API keys'}</h1>
      {admin && <Status />}
      {admin && <Users me={user} onInvited={() => setInvitations((n) => n + 1)} />}
      {keys ? (
        <ApiKeys me={user} reload={invitations} />
      ) : (
        <InfoNotice>You signed in with a {user.role.toLowerCase()} key: it cannot list, create or revoke API keys.</InfoNotice>
      )}
      {!admin && <InfoNotice>Users, roles and the system status are for administrators.</InfoNotice>}
    </div>
  );
}
