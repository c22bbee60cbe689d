import { describe, expect, it } from 'vitest';
import { checkAgainstSchema, configFields, parseConfig } from '../src/model/config';

// The http_poller kind's schema as the server publishes it.
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['url', 'interval_seconds'],
  properties: {
    url: { type: 'string', format: 'uri', pattern: '^https?://', description: 'The endpoint polled' },
    interval_seconds: { type: 'integer', minimum: 10, maximum: 86400 },
    items_path: { type: 'string', default: 'items' },
    auth_token: { type: 'string', writeOnly: true },
    headers: { type: 'array', items: { type: 'string' } },
  },
};

describe('parseConfig', () => {
  it('accepts a JSON object', () => {
    expect(parseConfig('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses empty text, bad JSON and non-objects with a message', () => {
    for (const text of ['', '{', '[1]', '"x"', 'null']) {
      const parsed = parseConfig(text);
      expect(parsed.ok).toBe(false);
    }
    const bad = parseConfig('{"a":}');
    expect(bad.ok === false && bad.issue.message).toMatch(/^Not valid JSON/);
  });
});

describe('checkAgainstSchema', () => {
  it('finds nothing wrong with a valid config', () => {
    expect(checkAgainstSchema({ url: 'https://x.example', interval_seconds: 60 }, schema)).toEqual([]);
  });

  it('names each bad field', () => {
    const issues = checkAgainstSchema({ url: 'ftp://x', interval_seconds: 5.5, extra: true, headers: ['a', 2] }, schema);
    expect(issues).toEqual([
      { path: 'url', message: 'must match ^https?://' },
      { path: 'interval_seconds', message: 'must be a whole number' },
      { path: 'extra', message: 'is not a field of this kind' },
      { path: 'headers.1', message: 'must be a string' },
    ]);
  });

  it('reports missing required fields and bounds', () => {
    expect(checkAgainstSchema({ interval_seconds: 1 }, schema)).toEqual([
      { path: 'url', message: 'is required' },
      { path: 'interval_seconds', message: 'must be at least 10' },
    ]);
  });
});

describe('configFields', () => {
  it('lists the fields with what the schema says of them', () => {
    const fields = configFields(schema);
    expect(fields.map((f) => f.name)).toEqual(['url', 'interval_seconds', 'items_path', 'auth_token', 'headers']);
    expect(fields[0]).toMatchObject({ required: true, secret: false, description: 'The endpoint polled' });
    expect(fields[3]).toMatchObject({ required: false, secret: true });
    expect(fields[2]!.defaultValue).toBe('items');
  });
});
