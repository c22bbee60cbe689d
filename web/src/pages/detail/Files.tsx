import { useState } from 'preact/hooks';
import type { IntegrationDetailFragment } from '../../api/generated';
import { CodeView } from '../../components/CodeView';
import { languageOf } from '../../highlight';

/** The generated files: pick one, read it highlighted. */
export function Files({ files }: { files: IntegrationDetailFragment['files'] }) {
  const [selected, setSelected] = useState<string | null>(null);
  if (files.length === 0) return <p class="muted">No code generated yet.</p>;
  // Open on the first source file rather than a dotfile.
  const file = files.find((f) => f.path === selected) ?? files.find((f) => languageOf(f.path) === 'python') ?? files[0]!;
  return (
    <div class="files">
      <ul class="file-list" aria-label="Generated files">
        {files.map((f) => (
          <li key={f.path}>
            <button type="button" class="file-button" aria-current={f.path === file.path ? 'true' : undefined} onClick={() => setSelected(f.path)}>
              {f.path}
            </button>
          </li>
        ))}
      </ul>
      <CodeView code={file.content} path={file.path} />
    </div>
  );
}
