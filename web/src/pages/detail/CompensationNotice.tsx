// An undo the pipeline gave up on after its retries (`compensationFailed`): what failed
// and why, and the two ways out — try the undo again, or record that it was done by
// hand — when the server allows them to this user (an administrator).

import { useState } from 'preact/hooks';
import { mutate } from '../../api/client';
import { ResolveCompensationDocument, RetryCompensationDocument, type IntegrationDetailFragment, type StepName } from '../../api/generated';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/Notice';
import { compensationActions } from '../../model/actions';

const UNDO: Record<StepName, string> = {
  DEPLOY: 'the deployment',
  PULL_REQUEST: 'the pull request',
  TEST: 'the test run',
  GENERATE: 'the generated code',
  VALIDATE: 'the validation',
};

export function CompensationNotice({ integration, onDone }: { integration: IntegrationDetailFragment; onDone: () => void }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const failed = integration.compensationFailed;
  if (!failed) return null;
  const what = UNDO[failed.step] ?? failed.step;
  const offered = compensationActions(integration.allowedActions);
  const admin = offered.retry || offered.resolve;

  const retry = () => {
    setError(null);
    setBusy(true);
    mutate(RetryCompensationDocument, { id: integration.id }).then(
      () => {
        setBusy(false);
        onDone();
      },
      (e) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  const resolve = () =>
    setRequest({
      title: `Resolve the undo of ${what}`,
      body: `Record that ${what} of “${integration.name}” was undone by hand (or needs no undo). The pipeline then undoes whatever is left.`,
      confirmLabel: 'Mark resolved',
      danger: true,
      text: { label: 'What was done', required: true },
      run: async (note) => {
        await mutate(ResolveCompensationDocument, { id: integration.id, note });
        onDone();
      },
    });

  return (
    <div class="notice notice-error" role="alert" id="compensation-failed">
      <p>
        <strong>Undoing {what} failed</strong> after {failed.attempts} attempt{failed.attempts === 1 ? '' : 's'}: {failed.error}
      </p>
      <p>The pipeline stopped cleaning up and waits for an administrator{admin ? '.' : ': ask one to retry or resolve it.'}</p>
      {admin && (
        <div class="actions" role="group" aria-label="Failed undo">
          {offered.retry && (
            <button type="button" class="button" data-action="retryCompensation" disabled={busy} onClick={retry}>
              {busy ? 'Working…' : 'Retry the undo'}
            </button>
          )}
          {offered.resolve && (
            <button type="button" class="button danger" data-action="resolveCompensation" disabled={busy} onClick={resolve}>
              Mark resolved…
            </button>
          )}
        </div>
      )}
      <ErrorNotice error={error} />
      <ConfirmDialog request={request} onClose={() => setRequest(null)} />
    </div>
  );
}
