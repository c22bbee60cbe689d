import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A secret the server shows once (a new API key), with a copy button. `children` says
 * what it is; `onDone` hides it for good.
 */
export function SecretNotice({ secret, children, onDone }: { secret: string; children: ComponentChildren; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="notice notice-success secret" role="status">
      <p>{children} Copy the secret now: it is shown only once.</p>
      <div class="secret-row">
        <code data-secret>{secret}</code>
        <button
          type="button"
          class="button small"
          onClick={() =>
            navigator.clipboard?.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" class="button small" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
