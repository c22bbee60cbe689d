import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the graphql-ws client: it records each subscribe and lets the test
// play the server.
interface Sink {
  next(value: unknown): void;
  error(error: unknown): void;
  complete(): void;
}
const fake = vi.hoisted(() => ({
  subscriptions: [] as { payload: { query: string; variables: Record<string, unknown> }; sink: Sink; disposed: boolean }[],
  on: {} as Record<string, () => void>,
}));

vi.mock('graphql-ws/client', () => ({
  createClient: (options: { on: Record<string, () => void> }) => {
    fake.on = options.on;
    return {
      subscribe(payload: { query: string; variables: Record<string, unknown> }, sink: Sink) {
        const entry = { payload, sink, disposed: false };
        fake.subscriptions.push(entry);
        return () => {
          entry.disposed = true;
        };
      },
      terminate() {},
    };
  },
}));

const refresh = vi.hoisted(() => ({ alive: true, calls: 0 }));
vi.mock('../src/api/session', () => ({
  refreshSession: async () => {
    refresh.calls += 1;
    return refresh.alive;
  },
  reportSignedOut: vi.fn(),
}));

const { subscribeLive, liveStatusStore } = await import('../src/api/live');
const { IntegrationEventsDocument } = await import('../src/api/generated');

const event = (version: number) => ({ data: { integrationEvents: { version, type: 'StepStarted' } } });

function follow(initialCursor?: number) {
  const received: number[] = [];
  const resumed = vi.fn();
  const failed = vi.fn();
  const options = {
    document: IntegrationEventsDocument,
    variables: (cursor: number | undefined) => ({ id: 'i1', afterVersion: cursor ?? 0 }),
    cursorOf: (item: { integrationEvents: { version: number } }) => item.integrationEvents.version,
    onData: (item: { integrationEvents: { version: number } }) => received.push(item.integrationEvents.version),
    onResume: resumed,
    onError: failed,
  };
  if (initialCursor !== undefined) Object.assign(options, { initialCursor });
  const stop = subscribeLive(options as never);
  return { received, resumed, failed, stop };
}

const last = () => fake.subscriptions[fake.subscriptions.length - 1]!;

beforeEach(() => {
  vi.useFakeTimers();
  fake.subscriptions.length = 0;
  refresh.alive = true;
  refresh.calls = 0;
});
afterEach(() => vi.useRealTimers());

describe('subscribeLive', () => {
  it('resumes after the last version received when the connection drops', async () => {
    const live = follow();
    fake.on['connected']!();
    expect(last().payload.variables).toEqual({ id: 'i1', afterVersion: 0 });
    last().sink.next(event(1));
    last().sink.next(event(2));
    fake.on['closed']!();
    last().sink.error({ code: 1006, reason: '' });
    expect(liveStatusStore.get()).toBe('reconnecting');

    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.subscriptions).toHaveLength(2);
    expect(last().payload.variables).toEqual({ id: 'i1', afterVersion: 2 });
    fake.on['connected']!();
    expect(live.resumed).toHaveBeenCalledOnce();
    // The server replays from the cursor; anything already seen is dropped.
    last().sink.next(event(2));
    last().sink.next(event(3));
    expect(live.received).toEqual([1, 2, 3]);
    expect(liveStatusStore.get()).toBe('online');
    live.stop();
    expect(last().disposed).toBe(true);
  });

  it('starts after the snapshot’s version', () => {
    const live = follow(5);
    expect(last().payload.variables).toEqual({ id: 'i1', afterVersion: 5 });
    last().sink.next(event(5));
    last().sink.next(event(6));
    expect(live.received).toEqual([6]);
    live.stop();
  });

  it('waits longer after each failed attempt', async () => {
    const live = follow();
    last().sink.error({ code: 1006, reason: '' });
    await vi.advanceTimersByTimeAsync(700);
    expect(fake.subscriptions).toHaveLength(2);
    last().sink.error({ code: 1006, reason: '' });
    await vi.advanceTimersByTimeAsync(700);
    expect(fake.subscriptions).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(700);
    expect(fake.subscriptions).toHaveLength(3);
    live.stop();
  });

  it('refreshes the session on 4401 and subscribes again', async () => {
    const live = follow();
    last().sink.next(event(1));
    last().sink.error({ code: 4401, reason: 'Unauthorized' });
    await vi.advanceTimersByTimeAsync(10);
    expect(refresh.calls).toBe(1);
    expect(fake.subscriptions).toHaveLength(2);
    expect(last().payload.variables).toEqual({ id: 'i1', afterVersion: 1 });
    live.stop();
  });

  it('stops and reports when the session cannot be refreshed', async () => {
    const { reportSignedOut } = await import('../src/api/session');
    refresh.alive = false;
    const live = follow();
    last().sink.error({ code: 4401, reason: 'Unauthorized' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fake.subscriptions).toHaveLength(1);
    expect(reportSignedOut).toHaveBeenCalled();
    live.stop();
  });

  it('does not retry what the server refuses, and says why', async () => {
    const live = follow();
    last().sink.error([{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }]);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fake.subscriptions).toHaveLength(1);
    expect(live.failed).toHaveBeenCalledOnce();
    expect(live.failed.mock.calls[0]![0].kind).toBe('forbidden');
    live.stop();
  });

  it('stops retrying once ended', async () => {
    const live = follow();
    last().sink.error({ code: 1006, reason: '' });
    live.stop();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fake.subscriptions).toHaveLength(1);
    expect(liveStatusStore.get()).toBe('idle');
  });
});
