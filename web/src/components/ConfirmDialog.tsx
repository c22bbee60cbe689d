// A modal question before an action that destroys or stops something, or that needs a
// comment. The native <dialog> keeps focus inside and closes with Escape.

import { useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../api/errors';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger: boolean;
  text?: { label: string; required: boolean };
  run: (text: string) => Promise<void>;
}

export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (request) {
      setText('');
      setError(null);
      setBusy(false);
      if (!element.open) element.showModal();
    } else if (element.open) element.close();
  }, [request]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!request) return;
    if (request.text?.required && text.trim() === '') {
      setError(new Error(`${request.text.label} is required.`));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await request.run(text.trim());
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="dialog-title" onClose={onClose}>
      {request && (
        <form method="dialog" onSubmit={submit}>
          <h2 id="dialog-title">{request.title}</h2>
          <p>{request.body}</p>
          {request.text && (
            <label class="field">
              <span>{request.text.label}</span>
              <textarea
                rows={3}
                value={text}
                required={request.text.required}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </label>
          )}
          {!!error && (
            <p class="field-error" role="alert">
              {messageOf(error)}
            </p>
          )}
          <div class="dialog-actions">
            <button type="button" class="button" onClick={onClose} disabled={busy}>
              Back
            </button>
            <button type="submit" class={`button ${request.danger ? 'danger' : 'primary'}`} disabled={busy}>
              {busy ? 'Working…' : request.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
