// How the playground talks to the server: the same way the dashboard does. The session
// lives in HttpOnly cookies that scripts cannot read, so no token is put in the Headers
// tab; the cookie travels with every same-origin request and with the websocket upgrade,
// every POST echoes the readable `codebot_csrf` cookie in `X-CSRF-Token`, and a 401
// refreshes the session once (`POST /auth/refresh`) and retries. A credential typed in
// the Headers tab (`Authorization: Bearer …` or `X-API-Key`) wins over the cookie, over
// HTTP and in the websocket's `connection_init`.

import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { parse, type DocumentNode } from 'graphql';
import { CSRF_COOKIE, CSRF_HEADER, readCookie, refreshSession } from '../api/session';

/** `ws://host/graphql/ws` or `wss://…`, on this page's own origin. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql/ws`;
}

/** Whether `headers` carry their own credential, so the cookie session is not in play. */
export function hasOwnCredential(headers: HeadersInit | Record<string, unknown> | undefined): boolean {
  if (!headers) return false;
  const names =
    headers instanceof Headers ? [...headers.keys()] : Array.isArray(headers) ? headers.map(([name]) => name) : Object.keys(headers);
  return names.some((name) => /^(authorization|x-api-key)$/i.test(name));
}

/** `init` with the session cookie and the CSRF token the cookie session wants. */
export function withSession(init: RequestInit | undefined, cookies: string): RequestInit {
  const headers = new Headers(init?.headers);
  const token = readCookie(cookies, CSRF_COOKIE);
  if (token && !headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, token);
  return { ...init, headers, credentials: 'same-origin' };
}

/** `fetch` for GraphiQL: the dashboard's cookie session, refreshed once on a 401. */
export async function sessionFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const send = () => fetch(input, withSession(init, document.cookie));
  const response = await send();
  if (response.status !== 401 || hasOwnCredential(init?.headers)) return response;
  return (await refreshSession()) ? send() : response;
}

export function playgroundFetcher(): Fetcher {
  const fetcher = createGraphiQLFetcher({
    url: '/graphql',
    subscriptionUrl: subscriptionUrl(window.location),
    fetch: sessionFetch,
  });
  return async (params, options) => {
    // GraphiQL parses the editor's text 100 ms after the last change, so a run right after
    // typing can come with the previous document, and a new subscription would go to
    // HTTP: parse what is being sent.
    params = { ...params, query: shallowIntrospection(params.query) };
    const documentAST = parsed(params.query) ?? options?.documentAST;
    const subscribing = documentAST?.definitions.some(
      (d) => d.kind === 'OperationDefinition' && d.operation === 'subscription',
    );
    // A subscription opens a websocket that the session cookie authenticates: when the
    // access token has lapsed, renew it first (the socket cannot answer 401 and retry).
    if (subscribing && !hasOwnCredential(options?.headers) && readCookie(document.cookie, CSRF_COOKIE)) {
      await sessionFetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }).catch(() => undefined);
    }
    return fetcher(params, { ...options, documentAST });
  };
}

/**
 * How deep the introspection query follows a type's wrappers. The server refuses
 * documents nested deeper than 12 levels; GraphiQL's introspection query follows 9
 * (`ofType` in `__schema.types.fields.args.type`, 15 levels in all), more than any type
 * needs: `[T!]!` is 3.
 */
export const INTROSPECTION_TYPE_DEPTH = 6;

/** `query` with its `TypeRef` fragment (the introspection query's) cut to a depth the server takes. */
export function shallowIntrospection(query: string): string {
  const at = query.indexOf('fragment TypeRef on __Type');
  if (at < 0) return query;
  const typeRef = (depth: number): string => (depth === 0 ? 'kind name' : `kind name ofType { ${typeRef(depth - 1)} }`);
  return `${query.slice(0, at)}fragment TypeRef on __Type { ${typeRef(INTROSPECTION_TYPE_DEPTH)} }\n`;
}

function parsed(query: string): DocumentNode | undefined {
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}
