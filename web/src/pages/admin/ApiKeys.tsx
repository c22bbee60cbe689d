import { useCallback, useEffect, useState } from 'preact/hooks';
import { mutate, query } from '../../api/client';
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  type ApiKeysQuery,
  type CreateApiKeyMutation,
  type Role,
} from '../../api/generated';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/Notice';
import { SecretNotice } from '../../components/SecretNotice';
import { useSubmit } from '../../hooks';
import { formatDateTime } from '../../model/format';
import { grantableRoles } from '../../model/permissions';
import type { CurrentUser } from '../../session';

type KeyRow = ApiKeysQuery['apiKeys'][number];

/** The keys the signed-in credential may manage; `reload` changes when another part of the page made one. */
export function ApiKeys({ me, reload }: { me: CurrentUser; reload: number }) {
  const roles = grantableRoles(me.role);
  const [keys, setKeys] = useState<KeyRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [expires, setExpires] = useState('');
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

  const create = useSubmit(
    () => (name.trim() === '' ? 'Give the key a name.' : null),
    async () => {
      const input: { name: string; role: Role; expiresAt?: string } = { name: name.trim(), role };
      if (expires) input.expiresAt = new Date(`${expires}T23:59:59`).toISOString();
      const answer = await mutate(CreateApiKeyDocument, { input });
      setCreated(answer.createApiKey);
      setName('');
      setExpires('');
      void load();
    },
  );

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
      <form class="form inline-form" onSubmit={create.submit} noValidate>
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
        <button type="submit" class="button primary" disabled={create.busy}>
          {create.busy ? 'Creating…' : 'Create key'}
        </button>
      </form>
      {create.error && (
        <p class="field-error" role="alert">
          {create.error}
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
