// How the database, the workers, the networked providers' circuit breakers and the bulkheads read on
// the admin page.

import type { BreakerState, BulkheadName, DatabaseBackend } from '../api/generated';
import { formatCount, formatDuration } from './format';
import type { Tone } from './states';

export interface BreakerView {
  label: string;
  tone: Tone;
  help: string;
}

const BREAKERS: Record<BreakerState, BreakerView> = {
  CLOSED: { label: 'Closed', tone: 'good', help: 'Calls go through' },
  OPEN: { label: 'Open', tone: 'attention', help: 'Calls fail fast until the open period ends' },
  HALF_OPEN: { label: 'Half-open', tone: 'busy', help: 'One trial call decides whether it closes again' },
};

/** The badge of a breaker state; a state this dashboard does not know shows as it came, in a neutral tone. */
export function breakerView(state: BreakerState | string): BreakerView {
  if (Object.prototype.hasOwnProperty.call(BREAKERS, state)) return BREAKERS[state as BreakerState];
  return { label: state, tone: 'neutral', help: 'Unknown breaker state' };
}

const BACKENDS: Record<DatabaseBackend, string> = {
  SQLITE: 'SQLite',
  POSTGRES: 'PostgreSQL',
};

/** The database's name as it reads; one this dashboard does not know shows as it came. */
export function backendLabel(backend: DatabaseBackend | string): string {
  return Object.prototype.hasOwnProperty.call(BACKENDS, backend) ? BACKENDS[backend as DatabaseBackend] : backend;
}

const BULKHEADS: Record<BulkheadName, string> = {
  DATABASE: 'Database',
};

/** What a bulkhead guards, as it reads; one this dashboard does not know shows as it came. */
export function bulkheadLabel(name: BulkheadName | string): string {
  return Object.prototype.hasOwnProperty.call(BULKHEADS, name) ? BULKHEADS[name as BulkheadName] : name;
}

/** A count against its limit: `3 / 8`. */
export function ofLimit(count: number, limit: number): string {
  return `${formatCount(count)} / ${formatCount(limit)}`;
}

/** Whether every place is taken; a limit of 0 (a bulkhead with no queue) is never called full. */
export function isFull(count: number, limit: number): boolean {
  return limit > 0 && count >= limit;
}

/** Whole seconds as they read: `30 s`, `1 min 30 s`. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  return formatDuration(seconds * 1000);
}

/** How long before `now` a worker last reported: `just now`, `3 s ago`, `1 min 5 s ago`. */
export function reportedAgo(reportedAt: string, now: number): string {
  const at = Date.parse(reportedAt);
  if (Number.isNaN(at)) return '—';
  // Under a second, or a little ahead of this browser's clock.
  const seconds = Math.floor((now - at) / 1000);
  if (seconds < 1) return 'just now';
  return `${formatSeconds(seconds)} ago`;
}
