import { useCallback, useEffect, useState } from 'preact/hooks';
import { mutate, query } from '../../api/client';
import { problemFromErrors } from '../../api/errors';
import { SetUserRoleDocument, UsersDocument, type Role, type UsersQuery } from '../../api/generated';
import { ErrorNotice, Loading } from '../../components/Notice';
import { formatDateTime } from '../../model/format';
import { ROLES } from '../../model/permissions';
import type { CurrentUser } from '../../session';
import { Invite } from './Invite';

type UserRow = NonNullable<UsersQuery['users']>['nodes'][number];

/** Every user with their role, which an administrator changes here (never their own), and the invitation form. */
export function Users({ me, onInvited }: { me: CurrentUser; onInvited: () => void }) {
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState<string | null>(null);

  const load = useCallback(async (after: string | null) => {
    try {
      const answer = await query(UsersDocument, { first: 50, after });
      const connection = answer.data?.users;
      if (!connection) throw problemFromErrors(answer.errors);
      setUsers((list) => (after ? [...(list ?? []), ...connection.nodes] : connection.nodes));
      setNext(connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null);
      setTotal(connection.totalCount);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => void load(null), [load]);

  const changeRole = async (user: UserRow, role: Role) => {
    setSaving(user.id);
    setError(null);
    try {
      const answer = await mutate(SetUserRoleDocument, { userId: user.id, role });
      setUsers((list) => list?.map((u) => (u.id === user.id ? { ...u, role: answer.setUserRole.role } : u)) ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(null);
    }
  };

  return (
    <section class="card" aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <Invite
        onInvited={(invited) => {
          setUsers((list) => (list ? [...list, invited.user] : list));
          setTotal((count) => count + 1);
          onInvited();
        }}
      />
      <ErrorNotice error={error} onRetry={() => void load(null)} />
      {users === null ? (
        !error && <Loading what="users" />
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td data-label="Name">
                    {user.name}
                    {user.id === me.id && <span class="muted"> (you)</span>}
                  </td>
                  <td data-label="Email">{user.email ?? '—'}</td>
                  <td data-label="Role">
                    <select
                      aria-label={`Role of ${user.name}`}
                      value={user.role}
                      disabled={saving === user.id || user.id === me.id}
                      onChange={(e) => void changeRole(user, e.currentTarget.value as Role)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label="Since">{formatDateTime(user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted small">
            {users.length} of {total} users
          </p>
          {next && (
            <button type="button" class="button" onClick={() => void load(next)}>
              Load more
            </button>
          )}
        </div>
      )}
    </section>
  );
}
