import type { IntegrationDetailFragment } from '../../api/generated';
import { formatDateTime } from '../../model/format';
import { activeProgress, fileProgress, progressLine } from '../../model/progress';

/** How far the model has come while it writes: the characters received and the files begun. */
export function GenerationProgress({ integration }: { integration: IntegrationDetailFragment }) {
  const progress = activeProgress(integration.state, integration.generationProgress);
  if (!progress) return null;
  return (
    <section class="generation-progress" aria-label="Generation progress" data-progress>
      <p>
        <strong>Writing…</strong> {progressLine(progress)}{' '}
        <span class="muted small">
          as of <time dateTime={progress.reportedAt}>{formatDateTime(progress.reportedAt)}</time>
        </span>
      </p>
      {progress.files.length === 0 ? (
        <p class="muted small">No file begun yet.</p>
      ) : (
        <ol class="progress-files" aria-label="Files begun">
          {fileProgress(progress.files).map((file, i) => (
            <li key={`${i}:${file.path}`} aria-current={file.writing ? 'step' : undefined}>
              <code>{file.path}</code>
              {file.writing && (
                <>
                  {' '}
                  <span class="badge tone-busy">writing</span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
