// The browser session: the server keeps it in cookies (`codebot_session` and
// `codebot_refresh` are HttpOnly; `codebot_csrf` is readable so that every
// cookie-authenticated POST can echo it in `X-CSRF-Token`).

import { Problem, networkProblem, problemFromErrors, problemFromStatus, type GraphQLErrorShape } from './errors';

export const CSRF_COOKIE = 'codebot_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The value of cookie `name` in a `document.cookie` string, if set. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return undefined;
}

/** Headers every POST carries: JSON, and the CSRF token when the session set one. */
export function postHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = typeof document === 'undefined' ? undefined : readCookie(document.cookie, CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  return headers;
}

async function post(path: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: postHeaders(),
      body: body === undefined ? '{}' : JSON.stringify(body),
    });
  } catch {
    throw networkProblem();
  }
}

async function errorsOf(response: Response): Promise<GraphQLErrorShape[]> {
  try {
    const body = (await response.json()) as { errors?: GraphQLErrorShape[] };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}

const signedOutListeners = new Set<() => void>();

/** Calls `listener` whenever the server says the session is gone. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export function reportSignedOut(): void {
  for (const listener of signedOutListeners) listener();
}

let refreshing: Promise<boolean> | undefined;

/**
 * Asks for a fresh access token with the refresh cookie. Concurrent callers share one
 * request (the server rotates the refresh token, so a second request would be refused).
 * Resolves to whether the session lives on.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await post('/auth/refresh');
      return response.ok;
    } catch {
      return false;
    } finally {
      // Callers that waited share this answer; a later expiry refreshes again.
      refreshing = undefined;
    }
  })();
  return refreshing;
}

/** Signs in with an API key; the server answers with the session cookies. */
export async function signInWithApiKey(apiKey: string): Promise<void> {
  const response = await post('/auth/session', { apiKey: apiKey.trim() });
  if (response.ok) return;
  if (response.status === 404 || response.status === 405) {
    throw new Problem('server', 'This server does not offer sign-in with an API key.', { status: response.status });
  }
  const errors = await errorsOf(response);
  if (response.status === 401) {
    throw new Problem('unauthenticated', 'The server did not accept this API key. Check it and try again.', {
      errors,
      status: 401,
    });
  }
  throw errors.length > 0 ? problemFromErrors(errors, response.status) : problemFromStatus(response.status);
}

/** Ends the session on the server; the cookies are cleared even when that fails. */
export async function signOut(): Promise<void> {
  try {
    await post('/auth/logout');
  } finally {
    reportSignedOut();
  }
}

export interface SignInProvider {
  id: string;
  name: string;
  loginUrl: string;
}

/** The OAuth providers the server offers; none when it offers none (or no sign-in at all). */
export async function fetchProviders(): Promise<SignInProvider[]> {
  let response: Response;
  try {
    response = await fetch('/auth/providers', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    throw networkProblem();
  }
  if (response.status === 404) return [];
  if (!response.ok) throw problemFromStatus(response.status);
  const body = (await response.json()) as { providers?: unknown };
  if (!Array.isArray(body.providers)) return [];
  return body.providers.filter(
    (p): p is SignInProvider =>
      !!p && typeof p === 'object' && typeof p.id === 'string' && typeof p.name === 'string' && typeof p.loginUrl === 'string',
  );
}

/** The provider's login address, asking the server to come back to `redirect`. */
export function providerLoginUrl(provider: SignInProvider, redirect: string): string {
  if (!redirect || redirect === '/') return provider.loginUrl;
  const separator = provider.loginUrl.includes('?') ? '&' : '?';
  return `${provider.loginUrl}${separator}redirect=${encodeURIComponent(redirect)}`;
}
