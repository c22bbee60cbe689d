import { useEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from './api/errors';

/** A function that runs `callback` once, `delay` ms after the last of a burst of calls. */
export function useDebounced(callback: () => void, delay: number): () => void {
  const latest = useRef(callback);
  latest.current = callback;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const trigger = useRef(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, delay);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return trigger.current;
}

/** Sets the document title while the page shows. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Claude Code Bot` : 'Claude Code Bot';
  }, [title]);
}

/** Where a form's submission stands: running, and what went wrong with the last one. */
export interface Submission {
  busy: boolean;
  error: string | null;
}

/**
 * Submits a form once: a message from `check` refuses it before anything is sent;
 * otherwise it is busy while `run` goes and then reports `run`'s failure, if any, as a
 * message for people. Resolves to whether `run` went through.
 */
export async function submitOnce(
  check: () => string | null,
  run: () => Promise<void>,
  report: (change: Partial<Submission>) => void,
): Promise<boolean> {
  const refusal = check();
  if (refusal !== null) {
    report({ error: refusal });
    return false;
  }
  report({ busy: true, error: null });
  try {
    await run();
    return true;
  } catch (e) {
    report({ error: messageOf(e) });
    return false;
  } finally {
    report({ busy: false });
  }
}

/** A form's submit handler (see `submitOnce`), with the state its button and error line show. */
export function useSubmit(
  check: () => string | null,
  run: () => Promise<void>,
): Submission & { submit: (event: Event) => void } {
  const [state, setState] = useState<Submission>({ busy: false, error: null });
  const report = (change: Partial<Submission>) => setState((now) => ({ ...now, ...change }));
  const submit = (event: Event) => {
    event.preventDefault();
    void submitOnce(check, run, report);
  };
  return { ...state, submit };
}
