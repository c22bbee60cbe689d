import type { IntegrationDetailFragment } from '../../api/generated';
import { CodeView } from '../../components/CodeView';
import { isWebUrl, testReportBadge } from '../../model/details';
import { formatCost, formatCount, formatDuration } from '../../model/format';

export function PullRequestCard({
  integration,
  onShowChanges,
}: {
  integration: IntegrationDetailFragment;
  /** Shows the changes in the dashboard (a local pull request has no page of its own). */
  onShowChanges: () => void;
}) {
  const pr = integration.pullRequest;
  const deployment = integration.deployment;
  return (
    <div class="facts">
      <h3>Pull request</h3>
      {pr ? (
        <dl class="pairs">
          <dt>Number</dt>
          <dd>
            {isWebUrl(pr.url) ? (
              <a href={pr.url} target="_blank" rel="noopener noreferrer">
                #{pr.number}
              </a>
            ) : (
              <button type="button" class="link-button" data-testid="show-changes" onClick={onShowChanges}>
                #{pr.number}: show the changes
              </button>
            )}{' '}
            <span class="muted" data-testid="pull-request-state">
              ({pr.state.toLowerCase()})
            </span>
          </dd>
          <dt>Branch</dt>
          <dd>
            <code>{pr.branch}</code>
          </dd>
          <dt>Commit</dt>
          <dd>
            <code title={pr.commit}>{pr.commit.slice(0, 12)}</code>
          </dd>
          <dt>Changes</dt>
          <dd>
            {pr.filesChanged} files, <span class="plus">+{pr.additions}</span> <span class="minus">−{pr.deletions}</span>
          </dd>
        </dl>
      ) : (
        <p class="muted">No pull request yet.</p>
      )}
      <h3>Deployment</h3>
      {deployment ? (
        <dl class="pairs">
          <dt>Id</dt>
          <dd>
            <code>{deployment.id}</code>
          </dd>
          <dt>Location</dt>
          <dd>
            <code>{deployment.location}</code>
          </dd>
          {deployment.previous && (
            <>
              <dt>Replaced</dt>
              <dd>
                <code>{deployment.previous}</code>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p class="muted">Not deployed.</p>
      )}
    </div>
  );
}

export function TestReportCard({ integration }: { integration: IntegrationDetailFragment }) {
  const report = integration.testReport;
  if (!report) return <p class="muted">The tests have not run yet.</p>;
  const testStep = integration.steps.find((s) => s.name === 'TEST');
  const badge = testReportBadge(report.passed, testStep?.status);
  return (
    <div>
      <p>
        <span class={`badge tone-${badge.tone}`} data-testid="test-report-badge">
          {badge.label}
        </span>{' '}
        exit code {report.exitCode ?? 'none (killed)'} · {formatDuration(report.durationMs)}
        {report.timedOut && <strong> · timed out</strong>}
        {report.truncated && <span class="muted"> · output cut</span>}
      </p>
      {integration.testCommand.length > 0 && (
        <p class="small">
          Command: <code>{integration.testCommand.join(' ')}</code>
        </p>
      )}
      {testStep?.status === 'COMPENSATED' && (
        <p class="small muted">This run no longer stands: the pipeline failed or was stopped afterwards and undid its steps.</p>
      )}
      <CodeView code={report.output || '(no output)'} />
    </div>
  );
}

export function UsageCard({ integration }: { integration: IntegrationDetailFragment }) {
  const usage = integration.usage;
  return (
    <dl class="pairs">
      <dt>Generator</dt>
      <dd>
        {integration.generator ?? '—'}
        {integration.generator === 'scaffold' && <span class="muted"> (templates, not AI)</span>}
      </dd>
      <dt>Rounds</dt>
      <dd>{integration.round}</dd>
      <dt>Input tokens</dt>
      <dd>{formatCount(usage.inputTokens)}</dd>
      <dt>Output tokens</dt>
      <dd>{formatCount(usage.outputTokens)}</dd>
      <dt>Cost</dt>
      <dd>{formatCost(usage.costUsd)}</dd>
    </dl>
  );
}
