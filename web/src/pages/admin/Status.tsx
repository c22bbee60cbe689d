import { useCallback, useEffect, useState } from 'preact/hooks';
import { query } from '../../api/client';
import { SystemStatusDocument, type SystemStatusQuery } from '../../api/generated';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { formatCount, formatDateTime } from '../../model/format';
import { backendLabel, breakerView, bulkheadLabel, formatSeconds, isFull, ofLimit, reportedAgo } from '../../model/providers';

type ProviderRow = SystemStatusQuery['systemStatus']['providers'][number];
type BulkheadRow = SystemStatusQuery['systemStatus']['bulkheads'][number];
type WorkerRow = SystemStatusQuery['systemStatus']['workers'][number];

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
                  <td data-label="Guards">{bulkheadLabel(bulkhead.name)}</td>
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

/** The system status: the database, the job queue, and what each worker reports. */
export function Status() {
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
            {backendLabel(status.database.backend)}{' '}
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
