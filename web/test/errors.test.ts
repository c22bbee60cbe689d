import { describe, expect, it } from 'vitest';
import {
  describeGraphQLError,
  errorsOutsideFields,
  fieldErrors,
  problemFromErrors,
  problemFromStatus,
  type GraphQLErrorShape,
} from '../src/api/errors';

// The shapes the server sends (presentation/graphql/errors.rs).
const badDraft: GraphQLErrorShape = {
  message: 'invalid input: name: must be 1 to 100 characters; prompt: must say what the integration does',
  path: ['createIntegration'],
  extensions: {
    code: 'BAD_USER_INPUT',
    field: 'name',
    fields: [
      { field: 'name', message: 'must be 1 to 100 characters' },
      { field: 'prompt', message: 'must say what the integration does' },
    ],
  },
};
const unknownKind: GraphQLErrorShape = {
  message: 'kind: unknown kind `nope`; known kinds: webhook_relay, http_poller',
  extensions: { code: 'BAD_USER_INPUT', field: 'kind' },
};

describe('fieldErrors', () => {
  it('puts each named field’s message beside that field', () => {
    expect(fieldErrors([badDraft])).toEqual({
      name: ['must be 1 to 100 characters'],
      prompt: ['must say what the integration does'],
    });
  });

  it('reads a single `field` and drops the field name the message repeats', () => {
    expect(fieldErrors([unknownKind])).toEqual({ kind: ['unknown kind `nope`; known kinds: webhook_relay, http_poller'] });
  });

  it('shows a config field’s problem beside the config with its path', () => {
    const error = {
      message: 'config.url: "ftp://x" does not match "^https?://"',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'config.url', message: '"ftp://x" does not match "^https?://"' }] },
    };
    expect(fieldErrors([error])).toEqual({ config: ['url: "ftp://x" does not match "^https?://"'] });
  });

  it('ignores errors that are not about input', () => {
    expect(fieldErrors([{ message: 'nope', extensions: { code: 'FORBIDDEN' } }])).toEqual({});
  });

  it('leaves for the form’s own message what no field claims', () => {
    const forbidden = { message: 'forbidden', extensions: { code: 'FORBIDDEN' } };
    const other = { message: 'input: nothing to update', extensions: { code: 'BAD_USER_INPUT', field: 'input' } };
    expect(errorsOutsideFields([badDraft, forbidden, other], ['kind', 'name', 'description', 'prompt', 'config'])).toEqual([forbidden, other]);
  });
});

describe('messages', () => {
  it('explains a refused transition with the state it is in now', () => {
    expect(
      describeGraphQLError({ message: 'Cannot transition from ACTIVE to DEPLOYING', extensions: { code: 'INVALID_TRANSITION', from: 'ACTIVE', to: 'DEPLOYING' } }),
    ).toBe('This action no longer applies: the integration is ACTIVE now.');
  });

  it('never shows an internal error’s text', () => {
    expect(describeGraphQLError({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toMatch(/server failed/);
  });

  it('classifies by the first error’s code', () => {
    expect(problemFromErrors([{ message: 'x', extensions: { code: 'FORBIDDEN' } }]).kind).toBe('forbidden');
    expect(problemFromErrors([badDraft]).kind).toBe('invalid-input');
    expect(problemFromErrors([{ message: 'x' }]).kind).toBe('server');
  });

  it('turns HTTP refusals into plain words', () => {
    expect(problemFromStatus(401).kind).toBe('unauthenticated');
    expect(problemFromStatus(429, '12').message).toBe('Too many requests. Try again in 12 s.');
    expect(problemFromStatus(503).message).toMatch(/HTTP 503/);
    expect(problemFromStatus(413).kind).toBe('invalid-input');
  });
});
