import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { query } from '../../api/client';
import { IntegrationAtDocument, IntegrationDocument, IntegrationEventsDocument, type IntegrationDetailFragment } from '../../api/generated';
import { subscribeLive } from '../../api/live';
import { CodeView } from '../../components/CodeView';
import { ErrorNotice, InfoNotice, Loading } from '../../components/Notice';
import { StateBadge } from '../../components/StateBadge';
import { useDebounced, useTitle } from '../../hooks';
import { describeFailure } from '../../model/details';
import { formatDateTime } from '../../model/format';
import { Link } from '../../router';
import type { CurrentUser } from '../../session';
import { Actions } from './Actions';
import { CompensationNotice } from './CompensationNotice';
import { PullRequestChanges } from './Changes';
import { EventLog } from './EventLog';
import { PullRequestCard, TestReportCard, UsageCard } from './Facts';
import { Files } from './Files';
import { GenerationProgress } from './Progress';
import { Timeline } from './Timeline';

function Section({ title, id, children }: { title: string; id: string; children: preact.ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The integration as it was after one earlier event, rebuilt by the server from its history. */
function TimeTravel({
  id,
  latest,
  version,
  onChange,
}: {
  id: string;
  latest: number;
  version: number;
  onChange: (version: number | null) => void;
}) {
  const [past, setPast] = useState<IntegrationDetailFragment | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setPast(undefined);
    setError(null);
    query(IntegrationAtDocument, { id, version }).then(
      (answer) => setPast(answer.data?.integrationAt ?? null),
      setError,
    );
  }, [id, version]);

  return (
    <section class="card time-travel" aria-labelledby="time-travel-title">
      <div class="page-head">
        <h2 id="time-travel-title">As of version {version}</h2>
        <div class="inline-controls">
          <div class="field inline">
            <label for="as-of-version">Version</label>
            <select
              id="as-of-version"
              value={version}
              onChange={(e) => onChange(Number(e.currentTarget.value))}
            >
              {Array.from({ length: latest }, (_, i) => latest - i).map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="button small" onClick={() => onChange(null)}>
            Back to now
          </button>
        </div>
      </div>
      <ErrorNotice error={error} />
      {past === undefined && !error && <Loading what={`version ${version}`} />}
      {past === null && <p class="muted">It did not exist at that version.</p>}
      {past && (
        <div class="grid-2">
          <div>
            <p>
              <StateBadge state={past.state} /> <span class="muted">updated {formatDateTime(past.updatedAt)}</span>
            </p>
            {past.failure && <p class="field-error">{describeFailure(past.failure)}</p>}
            <Timeline integration={past} />
          </div>
          <div>
            <h3>Configuration</h3>
            <CodeView code={JSON.stringify(past.config, null, 2)} language="json" />
            <p class="small muted">
              {past.files.length} generated files · round {past.round}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}

export function DetailPage({ id, user }: { id: string; user: CurrentUser }) {
  const [integration, setIntegration] = useState<IntegrationDetailFragment | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [showChanges, setShowChanges] = useState(false);
  const [liveError, setLiveError] = useState<unknown>(null);
  const [deleted, setDeleted] = useState(false);
  const [asOf, setAsOf] = useState<number | null>(null);
  const latestVersion = useRef(0);
  useTitle(integration?.name ?? 'Integration');

  const load = useCallback(async () => {
    try {
      const answer = await query(IntegrationDocument, { id });
      const next = answer.data?.integration ?? null;
      // A slower answer must not replace a newer one.
      if (next && next.version < latestVersion.current) return;
      if (next) latestVersion.current = next.version;
      setIntegration(next);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);
  const loadSoon = useDebounced(() => void load(), 150);

  useEffect(() => {
    setIntegration(undefined);
    setShowChanges(false);
    setDeleted(false);
    setAsOf(null);
    latestVersion.current = 0;
    void load();
  }, [load]);

  // The integration's events, live; each new one refreshes the page (and so the history
  // page that shows it). After a lost connection the stream resumes after the last
  // version received.
  useEffect(
    () =>
      subscribeLive({
        document: IntegrationEventsDocument,
        variables: (cursor) => ({ id, afterVersion: cursor ?? 0 }),
        cursorOf: (item) => item.integrationEvents.version,
        onData: ({ integrationEvents: event }) => {
          if (event.type === 'INTEGRATION_DELETED') setDeleted(true);
          if (event.version > latestVersion.current) loadSoon();
        },
        onResume: loadSoon,
        onError: setLiveError,
      }),
    [id, loadSoon],
  );

  if (integration === undefined) {
    return error ? <ErrorNotice error={error} onRetry={() => void load()} /> : <Loading what="the integration" />;
  }
  if (integration === null) {
    return (
      <section>
        <h1>Integration not found</h1>
        <p>
          There is no integration <code>{id}</code>, or it was deleted. <Link href="/">Back to the board</Link>
        </p>
      </section>
    );
  }

  return (
    <article class="detail" aria-labelledby="detail-title">
      <p class="crumbs">
        <Link href="/">Integrations</Link> / <span>{integration.name}</span>
      </p>
      <div class="page-head">
        <div>
          <h1 id="detail-title">
            {integration.name} <StateBadge state={integration.state} />
          </h1>
          <p class="muted small">
            <code>{integration.kind}</code> · owned by {integration.owner ? (integration.owner.id === user.id ? 'you' : integration.owner.name) : '—'} · version{' '}
            {integration.version} · created {formatDateTime(integration.createdAt)} · updated {formatDateTime(integration.updatedAt)}
          </p>
          {integration.description && <p>{integration.description}</p>}
        </div>
        <Actions integration={integration} onDone={() => void load()} />
      </div>
      {deleted && <InfoNotice>This integration was deleted; its history stays readable.</InfoNotice>}
      <ErrorNotice error={error} onRetry={() => void load()} />
      <ErrorNotice error={liveError} />
      {integration.failure && (
        <div class="notice notice-error" role="status" data-testid="failure">
          {describeFailure(integration.failure)}
        </div>
      )}
      <CompensationNotice integration={integration} onDone={() => void load()} />

      {asOf !== null && <TimeTravel id={integration.id} latest={integration.version} version={asOf} onChange={setAsOf} />}

      <div class="grid-2">
        <Section title="Pipeline" id="pipeline-title">
          <Timeline integration={integration} />
          <GenerationProgress integration={integration} />
        </Section>
        <Section title="Review and deployment" id="pr-title">
          <PullRequestCard integration={integration} onShowChanges={() => setShowChanges(true)} />
        </Section>
      </div>
      {showChanges && integration.pullRequest && (
        <Section title={`Pull request #${integration.pullRequest.number}: ${integration.pullRequest.branch}`} id="changes-title">
          <div class="inline-controls">
            <button type="button" class="button small" onClick={() => setShowChanges(false)}>
              Hide the changes
            </button>
          </div>
          <PullRequestChanges id={integration.id} commit={integration.pullRequest.commit} />
        </Section>
      )}
      <div class="grid-2">
        <Section title="Test report" id="tests-title">
          <TestReportCard integration={integration} />
        </Section>
        <Section title="Usage" id="usage-title">
          <UsageCard integration={integration} />
        </Section>
      </div>
      <Section title="Generated files" id="files-title">
        <Files files={integration.files} />
      </Section>
      <div class="grid-2">
        <Section title="Prompt" id="prompt-title">
          <pre class="prose-pre">{integration.prompt}</pre>
        </Section>
        <Section title="Configuration" id="config-title">
          <CodeView code={JSON.stringify(integration.config, null, 2)} language="json" />
        </Section>
      </div>
      <Section title="History" id="history-title">
        <div class="inline-controls">
          <button type="button" class="button small" onClick={() => setAsOf(Math.max(1, integration.version - 1))} disabled={integration.version < 2}>
            View an earlier version
          </button>
        </div>
        <EventLog id={integration.id} version={integration.version} me={user} owner={integration.owner} onTimeTravel={setAsOf} />
      </Section>
    </article>
  );
}
