import { useState } from 'preact/hooks';
import { mutate } from '../../api/client';
import { InviteUserDocument, type InviteUserMutation, type Role } from '../../api/generated';
import { SecretNotice } from '../../components/SecretNotice';
import { useSubmit } from '../../hooks';
import { ROLES } from '../../model/permissions';

type Invited = InviteUserMutation['inviteUser'];

/**
 * Invites someone: a user of their own with a role, and a first API key for them whose
 * secret is shown once, to hand over. Whoever holds it acts as that person.
 */
export function Invite({ onInvited }: { onInvited: (invited: Invited) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('DEVELOPER');
  const [invited, setInvited] = useState<Invited | null>(null);

  const invite = useSubmit(
    () => (name.trim() === '' ? 'Give the person’s name.' : null),
    async () => {
      const answer = await mutate(InviteUserDocument, { input: { name: name.trim(), role } });
      setInvited(answer.inviteUser);
      setName('');
      onInvited(answer.inviteUser);
    },
  );

  return (
    <>
      <h3 id="invite-title">Invite someone</h3>
      <form class="form inline-form" aria-labelledby="invite-title" onSubmit={invite.submit} noValidate>
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
        <button type="submit" class="button primary" disabled={invite.busy}>
          {invite.busy ? 'Inviting…' : 'Invite'}
        </button>
      </form>
      {invite.error && (
        <p class="field-error" role="alert">
          {invite.error}
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
