import { useEffect, useState } from 'preact/hooks';
import type { IntegrationDetailFragment } from '../../api/generated';
import { StatusBadge } from '../../components/StateBadge';
import { formatDuration, stepDuration } from '../../model/format';
import { timeline } from '../../model/pipeline';

/** The pipeline's steps in order, with their status, attempts, durations and errors. */
export function Timeline({ integration }: { integration: IntegrationDetailFragment }) {
  const entries = timeline(integration.steps, integration.state, integration.failure?.trigger);
  const running = entries.some((e) => e.status === 'RUNNING');
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  return (
    <ol class="timeline" aria-label="Pipeline">
      {entries.map((entry) => (
        <li key={entry.name} class={`step step-${entry.status.toLowerCase()}`} data-step={entry.name}>
          <div class="step-head">
            <span class="step-name">{entry.label}</span>
            {entry.gate ? (
              <span class={`badge tone-${entry.status === 'WAITING' ? 'attention' : entry.status === 'FAILED' ? 'bad' : entry.status === 'SUCCEEDED' ? 'good' : 'neutral'}`}>
                {entry.status === 'WAITING' ? 'Waiting for review' : entry.status === 'SUCCEEDED' ? 'Approved' : entry.status === 'FAILED' ? 'Rejected' : 'Pending'}
              </span>
            ) : (
              <StatusBadge status={entry.status} />
            )}
          </div>
          {!entry.gate && (entry.attempts > 0 || entry.startedAt) && (
            <div class="step-meta muted small">
              {entry.attempts > 0 && <span>{entry.attempts === 1 ? '1 attempt' : `${entry.attempts} attempts`}</span>}
              {entry.startedAt && <span>{formatDuration(stepDuration(entry.startedAt, entry.finishedAt, now))}</span>}
            </div>
          )}
          {entry.error && <pre class="step-error">{entry.error}</pre>}
        </li>
      ))}
    </ol>
  );
}
