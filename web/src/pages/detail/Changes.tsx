import { useEffect, useState } from 'preact/hooks';
import { query } from '../../api/client';
import { PullRequestChangesDocument, type PullRequestChangesQuery } from '../../api/generated';
import { ErrorNotice, Loading } from '../../components/Notice';
import { diffLineKind } from '../../model/details';

type Changes = NonNullable<NonNullable<NonNullable<PullRequestChangesQuery['integration']>['pullRequest']>['changes']>;

/** The local pull request's commits, files and diff, read from the code host's repository. */
export function PullRequestChanges({ id, commit }: { id: string; commit: string }) {
  const [changes, setChanges] = useState<Changes | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const load = () => {
    setError(null);
    query(PullRequestChangesDocument, { id }).then(
      (answer) => setChanges(answer.data?.integration?.pullRequest?.changes ?? null),
      setError,
    );
  };
  // A new commit (a change request, a repair round) has a new diff.
  useEffect(load, [id, commit]);

  if (error) return <ErrorNotice error={error} onRetry={load} />;
  if (changes === undefined) return <Loading what="the changes" />;
  if (changes === null) return <p class="muted">The code host does not show this pull request's changes here.</p>;
  return (
    <div class="changes" data-testid="pull-request-changes">
      <p class="small">
        <code>{changes.base}</code> at <code title={changes.baseCommit}>{changes.baseCommit.slice(0, 12)}</code> ←{' '}
        <code title={changes.headCommit}>{changes.headCommit.slice(0, 12)}</code>
      </p>
      <h3>Commits</h3>
      <ul class="plain">
        {changes.commits.map((c) => (
          <li key={c.id}>
            <code title={c.id}>{c.id.slice(0, 12)}</code> {c.message}
          </li>
        ))}
      </ul>
      <h3>Files</h3>
      <ul class="plain">
        {changes.files.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code>{' '}
            {f.additions === null || f.deletions === null ? (
              <span class="muted">binary</span>
            ) : (
              <>
                <span class="plus">+{f.additions}</span> <span class="minus">−{f.deletions}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>Diff</h3>
      <pre class="code diff" tabIndex={0} aria-label="Diff">
        <code>
          {changes.diff.split('\n').map((line, i) => (
            <span key={i} class={`diff-${diffLineKind(line)}`}>
              {line}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
      {changes.truncated && <p class="small muted">The diff was cut at its size limit.</p>}
    </div>
  );
}
