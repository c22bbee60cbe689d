import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasOwnCredential, sessionFetch, subscriptionUrl, withSession } from '../src/playground/fetcher';

type Call = { url: string; init: RequestInit };

let calls: Call[];
let answers: Response[];

beforeEach(() => {
  calls = [];
  answers = [];
  vi.stubGlobal('document', { cookie: 'theme=dark; codebot_csrf=token-1' });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next;
  });
});

afterEach(() => vi.unstubAllGlobals());

const csrfOf = (call: Call | undefined) => new Headers(call?.init.headers).get('X-CSRF-Token');

describe('the playground', () => {
  it('subscribes on its own origin, over wss behind https', () => {
    expect(subscriptionUrl({ protocol: 'http:', host: '127.0.0.1:8100' })).toBe('ws://127.0.0.1:8100/graphql/ws');
    expect(subscriptionUrl({ protocol: 'https:', host: 'bot.example' })).toBe('wss://bot.example/graphql/ws');
  });

  it('sends the session cookie and echoes the CSRF cookie, as the dashboard does', () => {
    const init = withSession({ method: 'POST', headers: { 'content-type': 'application/json' } }, 'codebot_csrf=abc');
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('X-CSRF-Token')).toBe('abc');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(new Headers(withSession(undefined, '').headers).has('X-CSRF-Token')).toBe(false);
  });

  it('knows a credential typed in the Headers tab', () => {
    expect(hasOwnCredential({ Authorization: 'Bearer cb_x' })).toBe(true);
    expect(hasOwnCredential({ 'x-api-key': 'cb_x' })).toBe(true);
    expect(hasOwnCredential(new Headers({ 'X-Api-Key': 'cb_x' }))).toBe(true);
    expect(hasOwnCredential({ 'content-type': 'application/json' })).toBe(false);
    expect(hasOwnCredential(undefined)).toBe(false);
  });

  it('refreshes the session once on 401 and retries', async () => {
    answers.push(new Response('', { status: 401 }), new Response(null, { status: 204 }), new Response('{"data":{}}'));
    const response = await sessionFetch('/graphql', { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(calls.map((c) => c.url)).toEqual(['/graphql', '/auth/refresh', '/graphql']);
    expect(csrfOf(calls[0])).toBe('token-1');
    expect(csrfOf(calls[2])).toBe('token-1');
  });

  it('leaves a 401 alone when the request brought its own credential', async () => {
    answers.push(new Response('', { status: 401 }));
    const response = await sessionFetch('/graphql', { method: 'POST', headers: { Authorization: 'Bearer wrong' }, body: '{}' });
    expect(response.status).toBe(401);
    expect(calls).toHaveLength(1);
  });
});

describe('the introspection query', () => {
  it('follows type wrappers only as deep as the server allows', async () => {
    const { getIntrospectionQuery, parse } = await import('graphql');
    const { INTROSPECTION_TYPE_DEPTH, shallowIntrospection } = await import('../src/playground/fetcher');
    const query = shallowIntrospection(getIntrospectionQuery({ inputValueDeprecation: true }));
    expect(() => parse(query)).not.toThrow();
    expect(query.match(/ofType/g)).toHaveLength(INTROSPECTION_TYPE_DEPTH);
    expect(query).toContain('query IntrospectionQuery');
    expect(shallowIntrospection('{ me { name } }')).toBe('{ me { name } }');
  });
});
