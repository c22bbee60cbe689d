import { useEffect } from 'preact/hooks';
import { IntegrationUpdatesDocument } from '../api/generated';
import { liveStatusStore, subscribeLive } from '../api/live';
import { useStore } from '../store';

const TEXT = {
  idle: '',
  connecting: 'Connecting…',
  online: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
} as const;

/** Whether live updates flow: shown in the header whenever a page follows live data. */
export function LiveIndicator() {
  const status = useStore(liveStatusStore);
  if (status === 'idle') return null;
  return (
    <span class={`live live-${status}`} role="status" aria-live="polite" data-live={status}>
      <span class="live-dot" aria-hidden="true" />
      {TEXT[status]}
    </span>
  );
}

/**
 * Keeps the live connection open while `enabled` (someone is signed in), following the
 * board's changes, so that every page — not only those that show live data, but the
 * form and the admin page too — says whether the server's updates reach it.
 */
export function useLiveConnection(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    return subscribeLive({
      document: IntegrationUpdatesDocument,
      variables: () => ({}),
      // The pages that show integrations follow them themselves.
      onData: () => {},
    });
  }, [enabled]);
}
