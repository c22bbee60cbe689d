import { useEffect, useRef } from 'preact/hooks';

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
