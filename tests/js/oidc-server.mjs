// A local OpenID Connect provider for the sign-in tests: the npm oauth2-mock-server,
// made as strict as a real provider about authorization codes — a code works once,
// and a code issued with a PKCE challenge is redeemed only with its verifier (the
// library already refuses a verifier that does not match).
//
// usage: node oidc-server.mjs
// Prints `issuer <url>` once it listens; runs until killed.
import { OAuth2Server } from 'oauth2-mock-server';

const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');
await server.start(0, '127.0.0.1');

const challenged = new Set();
const redeemed = new Set();

server.service.on('beforeAuthorizeRedirect', (redirect, req) => {
  const code = redirect.url.searchParams.get('code');
  if (code && req.query.code_challenge) challenged.add(code);
});

server.service.on('beforeResponse', (response, req) => {
  const body = req.body ?? {};
  if (body.grant_type !== 'authorization_code') return;
  const refuse = (description) => {
    response.statusCode = 400;
    response.body = { error: 'invalid_grant', error_description: description };
  };
  if (redeemed.has(body.code)) return refuse('the code was already used');
  redeemed.add(body.code);
  if (challenged.has(body.code) && !body.code_verifier) return refuse('code_verifier required');
});

server.service.on('beforeUserinfo', (response) => {
  response.body = { sub: 'johndoe', name: 'John Doe', email: 'john@example.com' };
});

console.log(`issuer ${server.issuer.url}`);
