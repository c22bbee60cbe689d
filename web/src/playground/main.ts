// The GraphQL playground that `GET /graphql` serves to a browser: GraphiQL, built from
// npm and embedded in the binary like the dashboard, so that it works offline and under
// the server's strict Content-Security-Policy (Monaco's workers load from this origin).
// React renders GraphiQL; the dashboard itself stays Preact. No JSX here, so the
// dashboard's Preact JSX settings do not apply to this file.

import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';

import { GraphiQL } from 'graphiql';
import { createElement as h, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundFetcher, sessionFetch } from './fetcher';

const DEFAULT_QUERY = `# The Claude Code Bot GraphQL API. Requests use your
# dashboard session, or a credential you put in the
# Headers tab. Subscriptions run over /graphql/ws.

{
  me {
    name
    role
  }
}
`;

type Who = { status: 'loading' } | { status: 'signed-in'; name: string; role: string } | { status: 'signed-out' };

async function whoAmI(): Promise<Who> {
  try {
    const response = await sessionFetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ me { name role } }' }),
    });
    if (!response.ok) return { status: 'signed-out' };
    const body = (await response.json()) as { data?: { me?: { name: string; role: string } | null } };
    const me = body.data?.me;
    return me ? { status: 'signed-in', name: me.name, role: me.role } : { status: 'signed-out' };
  } catch {
    return { status: 'signed-out' };
  }
}

function SessionBar() {
  const [who, setWho] = useState<Who>({ status: 'loading' });
  useEffect(() => {
    void whoAmI().then(setWho);
  }, []);
  const status =
    who.status === 'loading'
      ? h('span', null, 'Checking your session…')
      : who.status === 'signed-in'
        ? h('span', { 'data-session': 'signed-in' }, 'Signed in as ', h('strong', null, who.name), ` (${who.role}): requests use your dashboard session.`)
        : h(
            'span',
            { 'data-session': 'signed-out' },
            'Not signed in: ',
            h('a', { href: '/sign-in' }, 'sign in on the dashboard'),
            ' and come back, or put ',
            h('code', null, '{"Authorization": "Bearer <API key>"}'),
            ' in the Headers tab.',
          );
  return h(
    'header',
    { className: 'playground-bar' },
    h('a', { href: '/', className: 'playground-home' }, 'Claude Code Bot'),
    h('span', { className: 'playground-status' }, status),
  );
}

function Playground() {
  const fetcher = useMemo(playgroundFetcher, []);
  return h(
    'div',
    { className: 'playground' },
    h(SessionBar),
    h('main', { className: 'playground-ide' }, h(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, shouldPersistHeaders: false })),
  );
}

const root = document.getElementById('graphiql');
if (root) createRoot(root).render(h(Playground));
