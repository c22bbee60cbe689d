// Live data over one websocket (`graphql-transport-ws`, same origin, authenticated by
// the session cookie). Each subscription remembers its cursor and, when the connection
// drops, subscribes again after it with a growing delay; when the server closes with
// 4401 (session expired) it refreshes the session first.

import { createClient, type Client } from 'graphql-ws/client';
import type { Document } from './client';
import { problemFromErrors, type GraphQLErrorShape, type Problem } from './errors';
import { ResumeCursor, isRetryable, isSessionExpiry, liveStatus, retryDelay, type LiveStatus, type SocketState } from './resume';
import { refreshSession, reportSignedOut } from './session';
import { createStore } from '../store';

export const liveStatusStore = createStore<LiveStatus>('idle');

let socket: SocketState = 'idle';
let everConnected = false;
let active = 0;
let waiting = 0;
const connectedListeners = new Set<() => void>();
const onlineListeners = new Set<() => void>();
let closeGeneration = 0;

function browserOnline(): boolean {
  return typeof navigator === 'undefined' ? true : navigator.onLine !== false;
}

function updateStatus(): void {
  liveStatusStore.set(liveStatus({ socket, active, waiting, browserOnline: browserOnline(), everConnected }));
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    updateStatus();
    for (const listener of [...onlineListeners]) listener();
  });
  window.addEventListener('offline', updateStatus);
}

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql/ws`;
}

let client: Client | undefined;
let openSocket: WebSocket | undefined;
let pongTimer: ReturnType<typeof setTimeout> | undefined;
const PONG_TIMEOUT_MS = 8_000;

function liveClient(): Client {
  client ??= createClient({
    url: socketUrl,
    lazy: true,
    lazyCloseTimeout: 3_000,
    // Reconnecting is ours to do: each subscription resumes after its own cursor.
    retryAttempts: 0,
    keepAlive: 15_000,
    connectionParams: {},
    on: {
      opened: (opened) => {
        openSocket = opened as WebSocket;
      },
      // A connection that stops answering pings is dead even if no close arrived (a
      // sleeping laptop, a dropped network): close it so that the streams resume.
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => {
          if (openSocket?.readyState === WebSocket.OPEN) openSocket.close(4408, 'No pong');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      connecting: () => {
        socket = 'connecting';
        updateStatus();
      },
      connected: () => {
        socket = 'open';
        everConnected = true;
        updateStatus();
        for (const listener of [...connectedListeners]) listener();
      },
      closed: () => {
        clearTimeout(pongTimer);
        openSocket = undefined;
        socket = 'closed';
        closeGeneration += 1;
        updateStatus();
      },
    },
  });
  return client;
}

/** Closes the socket (on sign-out): the next subscription opens a new one. */
export function closeLive(): void {
  client?.terminate();
  client = undefined;
  socket = 'idle';
  everConnected = false;
  updateStatus();
}

export interface LiveOptions<R, V> {
  document: Document<R, V>;
  /** The variables for a (re)subscription that resumes after `cursor`. */
  variables: (cursor: number | undefined) => V;
  /** Where an item sits in the stream; items at or before the cursor are dropped. */
  cursorOf?: (item: R) => number;
  /** The cursor to start after (for example the version of the loaded snapshot). */
  initialCursor?: number;
  onData: (item: R) => void;
  /**
   * Called when the connection is back after a loss: a stream that has no cursor
   * reloads its snapshot here to catch up on what it missed.
   */
  onResume?: () => void;
  /** Called with an error the server will give again; the subscription stops. */
  onError?: (problem: Problem) => void;
}

/** Starts a resumable subscription; returns the function that ends it. */
export function subscribeLive<R, V>(options: LiveOptions<R, V>): () => void {
  const cursor = new ResumeCursor(options.initialCursor);
  let disposed = false;
  let attempt = 0;
  let unsubscribe: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resumePending = false;
  let isWaiting = false;

  const setWaiting = (value: boolean) => {
    if (value === isWaiting) return;
    isWaiting = value;
    waiting += value ? 1 : -1;
    updateStatus();
  };

  const onConnected = () => {
    if (resumePending && !disposed) {
      resumePending = false;
      options.onResume?.();
    }
  };
  const retryNow = () => {
    if (timer !== undefined && !disposed) {
      clearTimeout(timer);
      timer = undefined;
      start();
    }
  };
  connectedListeners.add(onConnected);
  onlineListeners.add(retryNow);

  const schedule = (delay: number) => {
    setWaiting(true);
    resumePending = true;
    timer = setTimeout(() => {
      timer = undefined;
      start();
    }, delay);
  };

  const start = () => {
    if (disposed) return;
    const generation = closeGeneration;
    const payload = {
      query: options.document.toString(),
      variables: options.variables(cursor.value) as Record<string, unknown>,
    };
    unsubscribe = liveClient().subscribe<R>(payload, {
      next: (result) => {
        attempt = 0;
        setWaiting(false);
        if (result.errors && result.errors.length > 0) {
          options.onError?.(problemFromErrors(result.errors as GraphQLErrorShape[]));
          return;
        }
        const item = result.data as R | null | undefined;
        if (!item) return;
        if (options.cursorOf && !cursor.accept(options.cursorOf(item))) return;
        options.onData(item);
      },
      error: (error: unknown) => {
        unsubscribe = undefined;
        if (disposed) return;
        if (isSessionExpiry(error)) {
          setWaiting(true);
          void refreshSession().then((alive) => {
            if (disposed) return;
            if (alive) schedule(0);
            else {
              setWaiting(false);
              reportSignedOut();
            }
          });
        } else if (isRetryable(error)) {
          schedule(retryDelay(attempt++));
        } else {
          setWaiting(false);
          options.onError?.(problemFromErrors(Array.isArray(error) ? error : [{ message: 'The live update was refused.' }]));
        }
      },
      complete: () => {
        unsubscribe = undefined;
        // The library completes a stream when the server closed the socket normally;
        // the stream itself never ends, so that is a lost connection too.
        if (!disposed && closeGeneration !== generation) schedule(retryDelay(attempt++));
      },
    });
    // The socket is open already: whatever this restart missed is caught up now.
    if (socket === 'open') onConnected();
  };

  active += 1;
  updateStatus();
  start();

  return () => {
    if (disposed) return;
    disposed = true;
    if (timer !== undefined) clearTimeout(timer);
    setWaiting(false);
    connectedListeners.delete(onConnected);
    onlineListeners.delete(retryNow);
    unsubscribe?.();
    active -= 1;
    updateStatus();
  };
}
