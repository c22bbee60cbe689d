// Who is signed in, as the app sees it: loaded from `me` at start, cleared when the
// server says the session is gone.

import { query } from './api/client';
import { Problem, messageOf } from './api/errors';
import { MeDocument, type MeQuery } from './api/generated';
import { closeLive } from './api/live';
import { onSignedOut, refreshSession, signOut as endSession } from './api/session';
import { fetchSessionStatus, nextSessionStep } from './api/sessionStatus';
import { navigate } from './router';
import { createStore } from './store';

export type CurrentUser = NonNullable<MeQuery['me']>;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; message?: string }
  | { status: 'unreachable'; message: string }
  | { status: 'signed-in'; user: CurrentUser };

export const sessionStore = createStore<SessionState>({ status: 'loading' });

onSignedOut(() => {
  closeLive();
  const before = sessionStore.get().status;
  if (before === 'signed-in') sessionStore.set({ status: 'signed-out', message: 'Your session has ended. Sign in again.' });
  else if (before !== 'signed-out') sessionStore.set({ status: 'signed-out' });
});

/** Asks the server who we are; a missing or expired session means signed out. */
export async function loadSession(): Promise<void> {
  try {
    const step = nextSessionStep(await fetchSessionStatus());
    if (step === 'signed-out' || (step === 'refresh' && !(await refreshSession()))) {
      sessionStore.set({ status: 'signed-out' });
      return;
    }
    const answer = await query(MeDocument);
    const user = answer.data?.me;
    sessionStore.set(user ? { status: 'signed-in', user } : { status: 'signed-out' });
  } catch (error) {
    if (error instanceof Problem && error.kind === 'unauthenticated') sessionStore.set({ status: 'signed-out' });
    else sessionStore.set({ status: 'unreachable', message: messageOf(error) });
  }
}

export async function signOut(): Promise<void> {
  try {
    await endSession();
  } finally {
    closeLive();
    navigate('/sign-in', { replace: true });
    sessionStore.set({ status: 'signed-out', message: 'You are signed out.' });
  }
}
