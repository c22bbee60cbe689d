// The pure rules of live data: where a stream resumes after a lost connection, how
// long to wait before trying again, which closes are worth a retry, and what the
// connection indicator says.

/**
 * The last position (or version) a stream delivered. A resumed stream replays from the
 * server after it; anything at or before it was seen already and is dropped, so an
 * event arrives exactly once however often the connection drops.
 */
export class ResumeCursor {
  #value: number | undefined;

  constructor(initial?: number | null) {
    this.#value = initial ?? undefined;
  }

  /** The cursor to resume after; `undefined` means "from now". */
  get value(): number | undefined {
    return this.#value;
  }

  /** Records `position`; false when it was delivered before (drop it). */
  accept(position: number): boolean {
    if (this.#value !== undefined && position <= this.#value) return false;
    this.#value = position;
    return true;
  }
}

/** Milliseconds before retry number `attempt` (0-based): 0.5 s doubling to 15 s, ±20%. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(15_000, 500 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.8 + 0.4 * random()));
}

interface CloseLike {
  code: number;
  reason?: string;
}

export function isCloseEvent(value: unknown): value is CloseLike {
  return !!value && typeof value === 'object' && typeof (value as CloseLike).code === 'number';
}

/** The server closed the socket because the session expired (`graphql-transport-ws` 4401). */
export function isSessionExpiry(value: unknown): boolean {
  return isCloseEvent(value) && value.code === 4401;
}

/**
 * Whether a subscription that ended with `value` should be tried again. Lost and
 * dropped connections are; a request the server will refuse again (bad request,
 * forbidden, protocol mismatch, duplicate id) and GraphQL errors are not.
 */
export function isRetryable(value: unknown): boolean {
  if (Array.isArray(value)) return false; // GraphQL errors: the same request fails again
  if (isCloseEvent(value)) return ![4400, 4403, 4406, 4409].includes(value.code);
  return true; // a network error or a socket that failed to open
}

export type SocketState = 'idle' | 'connecting' | 'open' | 'closed';
export type LiveStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'offline';

/** What the connection indicator shows. */
export function liveStatus(input: {
  socket: SocketState;
  /** Subscriptions that are running or waiting to retry. */
  active: number;
  /** Subscriptions waiting to retry after a lost connection. */
  waiting: number;
  browserOnline: boolean;
  everConnected: boolean;
}): LiveStatus {
  if (input.active === 0) return input.browserOnline ? 'idle' : 'offline';
  if (!input.browserOnline) return 'offline';
  if (input.socket === 'open' && input.waiting === 0) return 'online';
  if (input.waiting > 0 || input.socket === 'closed') return 'reconnecting';
  return input.everConnected ? 'reconnecting' : 'connecting';
}
