import type { IntegrationState } from '../api/generated';
import { STATE_HELP, STATE_TONE, stateLabel } from '../model/states';

export function StateBadge({ state }: { state: IntegrationState }) {
  return (
    <span class={`badge tone-${STATE_TONE[state]}`} title={STATE_HELP[state]} data-state={state}>
      {stateLabel(state)}
    </span>
  );
}

/** A step's status (`PENDING`, `RUNNING`, `SUCCEEDED`, `FAILED`, `COMPENSATED`). */
export function StatusBadge({ status }: { status: string }) {
  const tone =
    status === 'SUCCEEDED' ? 'good' : status === 'FAILED' ? 'bad' : status === 'RUNNING' ? 'busy' : status === 'COMPENSATED' ? 'muted' : 'neutral';
  return <span class={`badge tone-${tone}`}>{status.charAt(0) + status.slice(1).toLowerCase()}</span>;
}
