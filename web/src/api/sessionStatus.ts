// Whether the browser has a session, asked of `GET /auth/status` before GraphQL: it
// answers 200 signed in or not, so a signed-out page load shows no failed request.

import { networkProblem, problemFromStatus } from './errors';

export interface SessionStatus {
  signedIn: boolean;
  /** A refresh cookie came with the request: `POST /auth/refresh` may renew the session. */
  refreshable: boolean;
}

/** What to do next with a status: ask who we are, renew the session first, or stop. */
export function nextSessionStep(status: SessionStatus | null): 'ask' | 'refresh' | 'signed-out' {
  // A server without the endpoint: ask GraphQL, as before.
  if (status === null || status.signedIn) return 'ask';
  return status.refreshable ? 'refresh' : 'signed-out';
}

/** The server's answer; `null` when it has no such endpoint (404). */
export async function fetchSessionStatus(): Promise<SessionStatus | null> {
  let response: Response;
  try {
    response = await fetch('/auth/status', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw networkProblem();
  }
  if (response.status === 404) return null;
  if (!response.ok) throw problemFromStatus(response.status, response.headers.get('retry-after'));
  const body = (await response.json().catch(() => ({}))) as Partial<SessionStatus>;
  return { signedIn: body.signedIn === true, refreshable: body.refreshable === true };
}
