import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execute, mutate } from '../src/api/client';
import { Problem } from '../src/api/errors';
import { MeDocument, RetryIntegrationDocument } from '../src/api/generated';
import { onSignedOut } from '../src/api/session';

type Call = { url: string; init: RequestInit };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

let calls: Call[];
let answers: Response[];

beforeEach(() => {
  calls = [];
  answers = [];
  vi.stubGlobal('document', { cookie: 'codebot_csrf=token-1' });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next;
  });
});

afterEach(() => vi.unstubAllGlobals());

const me = { me: { id: 'u1', name: 'Ada', email: null, role: 'ADMIN', permissions: [] } };

describe('GraphQL over HTTP', () => {
  it('posts JSON with the CSRF token of the session', async () => {
    answers.push(json(200, { data: me }));
    const answer = await execute(MeDocument);
    expect(answer.data).toEqual(me);
    expect(calls[0]!.url).toBe('/graphql');
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBe('token-1');
    expect(headers['content-type']).toBe('application/json');
    expect(JSON.parse(String(calls[0]!.init.body)).query).toContain('query Me');
  });

  it('refreshes the session once on 401 and retries', async () => {
    answers.push(new Response('', { status: 401 }), new Response(null, { status: 204 }), json(200, { data: me }));
    const answer = await execute(MeDocument);
    expect(answer.data).toEqual(me);
    expect(calls.map((c) => c.url)).toEqual(['/graphql', '/auth/refresh', '/graphql']);
  });

  it('signs out when the refresh is refused', async () => {
    const signedOut = vi.fn();
    const stop = onSignedOut(signedOut);
    answers.push(new Response('', { status: 401 }), new Response('', { status: 401 }));
    await expect(execute(MeDocument)).rejects.toMatchObject({ kind: 'unauthenticated' });
    expect(calls.map((c) => c.url)).toEqual(['/graphql', '/auth/refresh']);
    expect(signedOut).toHaveBeenCalledOnce();
    stop();
  });

  it('keeps partial data and the FORBIDDEN error of a withheld field', async () => {
    const errors = [{ message: 'forbidden', path: ['me', 'email'], extensions: { code: 'FORBIDDEN' } }];
    answers.push(json(200, { data: { me: { ...me.me, email: null } }, errors }));
    const answer = await execute(MeDocument);
    expect(answer.data?.me?.name).toBe('Ada');
    expect(answer.errors).toEqual(errors);
  });

  it('fails a mutation with the server’s errors', async () => {
    answers.push(
      json(200, { data: null, errors: [{ message: 'Cannot transition from ACTIVE to VALIDATING', extensions: { code: 'INVALID_TRANSITION', from: 'ACTIVE' } }] }),
    );
    const failure = await mutate(RetryIntegrationDocument, { id: 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Problem);
    expect((failure as Problem).kind).toBe('not-allowed-now');
    expect((failure as Problem).message).toBe('This action no longer applies: the integration is ACTIVE now.');
  });

  it('says so when the server cannot be reached or answers without JSON', async () => {
    await expect(execute(MeDocument)).rejects.toMatchObject({ kind: 'network' });
    answers.push(new Response('<html>bad gateway</html>', { status: 502 }));
    await expect(execute(MeDocument)).rejects.toMatchObject({ kind: 'server', status: 502 });
    answers.push(new Response('', { status: 429, headers: { 'retry-after': '30' } }));
    await expect(execute(MeDocument)).rejects.toMatchObject({ kind: 'rate-limited', message: 'Too many requests. Try again in 30 s.' });
  });
});
