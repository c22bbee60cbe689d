import { describe, expect, it } from 'vitest';
import { Problem } from '../src/api/errors';
import { submitOnce, type Submission } from '../src/hooks';

/** Runs `submitOnce` and keeps every change it reports, in order. */
async function submitted(check: () => string | null, run: () => Promise<void>) {
  const changes: Partial<Submission>[] = [];
  const went = await submitOnce(check, run, (change) => changes.push(change));
  return { went, changes };
}

describe('a form submission', () => {
  it('is refused with the check’s message before anything runs', async () => {
    let ran = false;
    const { went, changes } = await submitted(
      () => 'Give the key a name.',
      async () => {
        ran = true;
      },
    );
    expect(went).toBe(false);
    expect(ran).toBe(false);
    expect(changes).toEqual([{ error: 'Give the key a name.' }]);
  });

  it('is busy while it runs, clears the last error and ends not busy', async () => {
    let busyWhileRunning: boolean | undefined;
    const changes: Partial<Submission>[] = [];
    const went = await submitOnce(
      () => null,
      async () => {
        busyWhileRunning = changes.some((c) => c.busy === true) && !changes.some((c) => c.busy === false);
      },
      (change) => changes.push(change),
    );
    expect(went).toBe(true);
    expect(busyWhileRunning).toBe(true);
    expect(changes).toEqual([{ busy: true, error: null }, { busy: false }]);
  });

  it('reports a failure as the message people see, then ends not busy', async () => {
    const { went, changes } = await submitted(
      () => null,
      () => Promise.reject(new Problem('forbidden', 'Insufficient permissions')),
    );
    expect(went).toBe(false);
    expect(changes).toEqual([{ busy: true, error: null }, { error: 'Insufficient permissions' }, { busy: false }]);
  });
});
