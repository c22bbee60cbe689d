import { liveStatusStore } from '../api/live';
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
