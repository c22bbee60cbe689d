import { useCallback, useEffect, useState } from 'preact/hooks';
import { mutate, query } from '../api/client';
import { messageOf, problemFromErrors } from '../api/errors';
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  InviteUserDocument,
  RevokeApiKeyDocument,
  SetUserRoleDocument,
  SystemStatusDocument,
  UsersDocument,
  type ApiKeysQuery,
  type CreateApiKeyMutation,
  type InviteUserMutation,
  type Role,
  type SystemStatusQuery,
  type UsersQuery,
} from '../api/generated';
import { ConfirmDialog, type ConfirmRequest } from '../components/ConfirmDialog';
import { ErrorNotice, InfoNotice, Loading } from '../components/Notice';
import { SecretNotice } from '../components/SecretNotice';
import { useTitle } from '../hooks';
import { formatCount, formatDateTime } from '../model/format';
import { ROLES, grantableRoles, mayAdminister, mayManageKeys } from '../model/permissions';
import { breakerView, formatSeconds, isFull, ofLimit, reportedAgo } from '../model/providers';
import type { CurrentUser } from '../session';

type UserRow = NonNullable<UsersQuery['users']>['nodes'][number];
type KeyRow = ApiKeysQuery['apiKeys'][number];
type ProviderRow = SystemStatusQuery['systemStatus']['providers'][number];
type BulkheadRow = SystemStatusQuery['systemStatus']['bulkheads'][number];
type WorkerRow = SystemStatusQuery['systemStatus']['workers'][number];

type Invited = InviteUserMutation['inviteUser'];

/**
 * Invites someone: a user of their own with a role, and a first API key for them whose
 * secret is shown once, to hand over. Whoever holds it acts as that person.
 */
function Invite({ onInvited }: { onInvited: (invited: Invited) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('DEVELOPER');
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [invited, setInvited] = useState<Invited | null>(null);

  const invite = async (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') {
      setFormError('Give the person’s name.');
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const answer = await mutate(InviteUserDocument, { input: { name: name.trim(), role } });
      setInvited(answer.inviteUser);
      setName('');
      onInvited(answer.inviteUser);
    } catch (e) {
      setFormError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h3 id="invite-title">Invite someone</h3>
      <form class="form inline-form" aria-labelledby="invite-title" onSubmit={invite} noValidate>
        <div class="field">
          <label for="invite-name">Person’s name</label>
          <input id="invite-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="invite-role">Their role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Inviting…' : 'Invite'}
        </button>
      </form>
      {formError && (
        <p class="field-error" role="alert">
          {formError}
        </p>
      )}
      {invited && (
        <SecretNotice secret={invited.apiKey.secret} onDone={() => setInvited(null)}>
          <strong>{invited.user.name}</strong> ({invited.user.role}) is invited. Give them this key: it signs in as them.
        </SecretNotice>
      )}
    </>
  );
}

function Users({ me, onInvited }: { me: CurrentUser; onInvited: () => void }) {
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

/** The keys the signed-in credential may manage; `reload` changes when another part of the page made one. */
function ApiKeys({ me, reload }: { me: CurrentUser; reload: number }) {
  const roles = grantableRoles(me.role);
  const [keys, setKeys] = useState<KeyRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [expires, setExpires] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreateApiKeyMutation['createApiKey'] | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const load = useCallback(async () => {
    try {
      const answer = await query(ApiKeysDocument);
      setKeys(answer.data?.apiKeys ?? []);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => void load(), [load, reload]);

  const create = async (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') {
      setFormError('Give the key a name.');
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const input: { name: string; role: Role; expiresAt?: string } = { name: name.trim(), role };
      if (expires) input.expiresAt = new Date(`${expires}T23:59:59`).toISOString();
      const answer = await mutate(CreateApiKeyDocument, { input });
      setCreated(answer.createApiKey);
      setName('');
      setExpires('');
      void load();
    } catch (e) {
      setFormError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const revoke = (key: KeyRow) =>
    setConfirm({
      title: `Revoke “${key.name}”`,
      body: `Programs using the key ${key.prefix}… stop working at once. This cannot be undone.`,
      confirmLabel: 'Revoke',
      danger: true,
      run: async () => {
        await mutate(RevokeApiKeyDocument, { id: key.id });
        await load();
      },
    });

  return (
    <section class="card" aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <p class="muted small">Keys you make are yours and act as you, with at most the role you signed in with.</p>
      <form class="form inline-form" onSubmit={create} noValidate>
        <div class="field">
          <label for="key-name">Name</label>
          <input id="key-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="key-role">Role</label>
          <select id="key-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="key-expires">
            Expires <small class="muted">(optional)</small>
          </label>
          <input id="key-expires" type="date" value={expires} onInput={(e) => setExpires(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create key'}
        </button>
      </form>
      {formError && (
        <p class="field-error" role="alert">
          {formError}
        </p>
      )}
      {created && (
        <SecretNotice secret={created.secret} onDone={() => setCreated(null)}>
          Key <strong>{created.apiKey.name}</strong> ({created.apiKey.role}) created for you.
        </SecretNotice>
      )}
      <ErrorNotice error={error} onRetry={() => void load()} />
      {keys === null ? (
        !error && <Loading what="API keys" />
      ) : keys.length === 0 ? (
        <p class="muted">No API keys.</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Role</th>
                <th scope="col">Owner</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span class="visually-hidden">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} class={key.revokedAt ? 'revoked' : undefined}>
                  <td data-label="Name">{key.name}</td>
                  <td data-label="Key">
                    <code>{key.prefix}…</code>
                  </td>
                  <td data-label="Role">{key.role}</td>
                  <td data-label="Owner">{key.owner?.name ?? '—'}</td>
                  <td data-label="Created">{formatDateTime(key.createdAt)}</td>
                  <td data-label="Last used">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'never'}</td>
                  <td data-label="Expires">{key.expiresAt ? formatDateTime(key.expiresAt) : 'never'}</td>
                  <td>
                    {key.revokedAt ? (
                      <span class="muted">revoked {formatDateTime(key.revokedAt)}</span>
                    ) : (
                      <button type="button" class="button small danger" onClick={() => revoke(key)}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </section>
  );
}

/** A count against its limit, with a “full” tag when no place is left. */
function Occupancy({ count, limit }: { count: number; limit: number }) {
  return (
    <>
      {ofLimit(count, limit)}
      {isFull(count, limit) && (
        <>
          {' '}
          <span class="badge tone-attention">full</span>
        </>
      )}
    </>
  );
}

/** The worker processes heard from lately, with how long before the status was read each reported. */
function Workers({ workers, readAt }: { workers: WorkerRow[]; readAt: number }) {
  return (
    <>
      <h3 id="workers-title">Workers</h3>
      {workers.length === 0 ? (
        <InfoNotice>No worker is running: integrations will wait in the queue.</InfoNotice>
      ) : (
        <ul class="worker-list" aria-labelledby="workers-title">
          {workers.map((worker) => (
            <li key={worker.instance} data-worker={worker.instance}>
              <code>{worker.instance}</code>{' '}
              <span class="muted small">
                reported{' '}
                <time dateTime={worker.reportedAt} title={formatDateTime(worker.reportedAt)}>
                  {reportedAgo(worker.reportedAt, readAt)}
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Each worker's other bulkheads (the pipeline's database bulkhead): occupancy, queue and refusals. */
function Bulkheads({ bulkheads }: { bulkheads: BulkheadRow[] }) {
  return (
    <>
      <h3 id="bulkheads-title">Bulkheads</h3>
      {bulkheads.length === 0 ? (
        <p class="muted">No worker reports a bulkhead.</p>
      ) : (
        <div class="table-scroll">
          <table class="numbers" aria-labelledby="bulkheads-title">
            <thead>
              <tr>
                <th scope="col">Worker</th>
                <th scope="col">Guards</th>
                <th scope="col">In flight</th>
                <th scope="col">Queued</th>
                <th scope="col">Rejected</th>
              </tr>
            </thead>
            <tbody>
              {bulkheads.map((bulkhead) => (
                <tr key={`${bulkhead.instance}/${bulkhead.name}`} data-bulkhead={bulkhead.name}>
                  <td data-label="Worker">
                    <code>{bulkhead.instance}</code>
                  </td>
                  <td data-label="Guards">
                    <code>{bulkhead.name}</code>
                  </td>
                  <td data-label="In flight">
                    <Occupancy count={bulkhead.inFlight} limit={bulkhead.concurrencyLimit} />
                  </td>
                  <td data-label="Queued">
                    <Occupancy count={bulkhead.queued} limit={bulkhead.queueLimit} />
                  </td>
                  <td data-label="Rejected">{formatCount(bulkhead.rejected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** One networked provider of one worker: its circuit breaker, its bulkhead and its counters. */
function ProviderTable({ provider }: { provider: ProviderRow }) {
  const breaker = breakerView(provider.breaker);
  return (
    <li class="provider" data-breaker={provider.breaker}>
      <table class="kv">
        <caption>
          <code>{provider.name}</code>
        </caption>
        <tbody>
          <tr>
            <th scope="row">Worker</th>
            <td>
              <code>{provider.instance}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">Breaker</th>
            <td>
              <span class={`badge tone-${breaker.tone}`} title={breaker.help} data-breaker={provider.breaker}>
                {breaker.label}
              </span>
            </td>
          </tr>
          <tr>
            <th scope="row">Failures in a row</th>
            <td>{ofLimit(provider.consecutiveFailures, provider.failureThreshold)}</td>
          </tr>
          <tr>
            <th scope="row">Open period</th>
            <td>{formatSeconds(provider.openSeconds)}</td>
          </tr>
          <tr>
            <th scope="row">In flight</th>
            <td>
              <Occupancy count={provider.inFlight} limit={provider.concurrencyLimit} />
            </td>
          </tr>
          <tr>
            <th scope="row">Queued</th>
            <td>
              <Occupancy count={provider.queued} limit={provider.queueLimit} />
            </td>
          </tr>
          <tr>
            <th scope="row">Calls</th>
            <td>{formatCount(provider.calls)}</td>
          </tr>
          <tr>
            <th scope="row">Retries</th>
            <td>{formatCount(provider.retries)}</td>
          </tr>
          <tr>
            <th scope="row">Rejected</th>
            <td>{formatCount(provider.rejected)}</td>
          </tr>
        </tbody>
      </table>
    </li>
  );
}

/** The networked providers, one entry per worker and provider (each worker has its own breakers). */
function Providers({ providers, workers }: { providers: ProviderRow[]; workers: number }) {
  return (
    <>
      <h3 id="providers-title">Providers</h3>
      {providers.length === 0 ? (
        <p class="muted">
          {workers === 0 ? 'No worker reports its providers.' : 'No networked providers (the offline generator is in use).'}
        </p>
      ) : (
        <ul class="provider-list" aria-labelledby="providers-title">
          {providers.map((provider) => (
            <ProviderTable key={`${provider.instance}/${provider.name}`} provider={provider} />
          ))}
        </ul>
      )}
    </>
  );
}

function Status() {
  const [status, setStatus] = useState<SystemStatusQuery['systemStatus'] | null>(null);
  // When the status was read: the workers' report times read against it.
  const [readAt, setReadAt] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const answer = await query(SystemStatusDocument);
      setStatus(answer.data?.systemStatus ?? null);
      setReadAt(Date.now());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => void load(), [load]);

  return (
    <section class="card" aria-labelledby="status-title">
      <div class="page-head">
        <h2 id="status-title">System status</h2>
        <button type="button" class="button small" onClick={() => void load()}>
          Refresh
        </button>
      </div>
      <ErrorNotice error={error} onRetry={() => void load()} />
      {status && (
        <dl class="pairs">
          <dt>Version</dt>
          <dd>{status.version}</dd>
          <dt>Database</dt>
          <dd>
            {status.database.backend}{' '}
            <span class={`badge tone-${status.database.ok ? 'good' : 'bad'}`}>{status.database.ok ? 'OK' : 'not answering'}</span>
          </dd>
          <dt>Job queue</dt>
          <dd>{status.queue ? `${status.queue.queued} queued, ${status.queue.running} running` : 'cannot be read'}</dd>
        </dl>
      )}
      {status && (
        <>
          <Workers workers={status.workers} readAt={readAt} />
          <Bulkheads bulkheads={status.bulkheads} />
          <Providers providers={status.providers} workers={status.workers.length} />
        </>
      )}
    </section>
  );
}

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
