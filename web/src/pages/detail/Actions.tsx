import { useState } from 'preact/hooks';
import { mutate } from '../../api/client';
import {
  ApproveIntegrationDocument,
  CancelIntegrationDocument,
  DeleteIntegrationDocument,
  DeprecateIntegrationDocument,
  RejectIntegrationDocument,
  RequestChangesDocument,
  RetryIntegrationDocument,
  type IntegrationDetailFragment,
} from '../../api/generated';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/Notice';
import { ACTIONS, barActions, type Action } from '../../model/actions';
import { navigate } from '../../router';

const QUESTIONS: Record<Action, (name: string) => string> = {
  approve: (name) => `Approve the pull request of “${name}”? It will be deployed.`,
  requestChanges: (name) => `Send “${name}” back to the generator with your comment.`,
  reject: (name) => `Reject “${name}”? It fails, its pull request is closed and the finished steps are undone.`,
  cancel: (name) => `Cancel the pipeline of “${name}”? The running step stops and the finished steps are undone.`,
  retry: (name) => `Run the pipeline of “${name}” again from the start.`,
  deprecate: (name) => `Take “${name}” out of service? Its deployment is removed.`,
  delete: (name) => `Delete “${name}”? It disappears from every listing; its history stays.`,
};

async function run(action: Action, id: string, text: string): Promise<void> {
  switch (action) {
    case 'approve':
      await mutate(ApproveIntegrationDocument, { id, comment: text || null });
      return;
    case 'requestChanges':
      await mutate(RequestChangesDocument, { id, comment: text });
      return;
    case 'reject':
      await mutate(RejectIntegrationDocument, { id, reason: text });
      return;
    case 'cancel':
      await mutate(CancelIntegrationDocument, { id });
      return;
    case 'retry':
      await mutate(RetryIntegrationDocument, { id });
      return;
    case 'deprecate':
      await mutate(DeprecateIntegrationDocument, { id });
      return;
    case 'delete':
      await mutate(DeleteIntegrationDocument, { id });
      navigate('/');
      return;
  }
}

/** The buttons for what the server allows this user on this integration now. */
export function Actions({ integration, onDone }: { integration: IntegrationDetailFragment; onDone: () => void }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const actions = barActions(integration.allowedActions);
  if (actions.length === 0) return null;

  const press = (action: Action) => {
    const spec = ACTIONS[action];
    setError(null);
    if (spec.confirm || spec.text) {
      const confirm: ConfirmRequest = {
        title: `${spec.label} “${integration.name}”`,
        body: QUESTIONS[action](integration.name),
        confirmLabel: spec.label,
        danger: spec.tone === 'danger',
        run: async (text) => {
          await run(action, integration.id, text);
          onDone();
        },
      };
      if (spec.text) confirm.text = spec.text;
      setRequest(confirm);
      return;
    }
    setBusy(action);
    run(action, integration.id, '').then(
      () => {
        setBusy(null);
        onDone();
      },
      (e) => {
        setBusy(null);
        setError(e);
      },
    );
  };

  return (
    <div class="actions" role="group" aria-label="Actions">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          class={`button ${ACTIONS[action].tone}`}
          data-action={action}
          disabled={busy !== null}
          onClick={() => press(action)}
        >
          {busy === action ? 'Working…' : ACTIONS[action].label}
        </button>
      ))}
      <ErrorNotice error={error} />
      <ConfirmDialog request={request} onClose={() => setRequest(null)} />
    </div>
  );
}
