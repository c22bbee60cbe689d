// The config editor's checks before the server's: that the text is a JSON object, and
// what a kind's JSON Schema says of its fields (the common keywords only; the server
// checks everything again and its answer is shown beside the field).

export interface ConfigIssue {
  /** Dotted path inside the config (`url`, `headers.0`); empty for the whole. */
  path: string;
  message: string;
}

export type ParsedConfig = { ok: true; value: Record<string, unknown> } | { ok: false; issue: ConfigIssue };

export function parseConfig(text: string): ParsedConfig {
  if (text.trim() === '') return { ok: false, issue: { path: '', message: 'Enter the configuration as a JSON object.' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'not valid JSON';
    return { ok: false, issue: { path: '', message: `Not valid JSON: ${detail}` } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issue: { path: '', message: 'The configuration must be a JSON object ({ … }).' } };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

type Schema = Record<string, unknown>;

function asSchema(value: unknown): Schema | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Schema) : undefined;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Checks `value` against the keywords of `schema` that matter for a form. */
export function checkAgainstSchema(value: unknown, schema: unknown, path = ''): ConfigIssue[] {
  const s = asSchema(schema);
  if (!s) return [];
  const issues: ConfigIssue[] = [];
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  const types = Array.isArray(s['type']) ? (s['type'] as string[]) : typeof s['type'] === 'string' ? [s['type'] as string] : [];
  if (types.length > 0 && !types.some((t) => matchesType(value, t))) {
    return [{ path, message: `must be ${types.map((t) => (t === 'integer' ? 'a whole number' : `a${/^[aeiou]/.test(t) ? 'n' : ''} ${t}`)).join(' or ')}` }];
  }
  if (Array.isArray(s['enum']) && !(s['enum'] as unknown[]).some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    issues.push({ path, message: `must be one of ${(s['enum'] as unknown[]).map((o) => JSON.stringify(o)).join(', ')}` });
  }
  if (typeof value === 'string') {
    if (typeof s['minLength'] === 'number' && [...value].length < s['minLength']) {
      issues.push({ path, message: `must be at least ${s['minLength']} characters` });
    }
    if (typeof s['maxLength'] === 'number' && [...value].length > s['maxLength']) {
      issues.push({ path, message: `must be at most ${s['maxLength']} characters` });
    }
    if (typeof s['pattern'] === 'string') {
      try {
        if (!new RegExp(s['pattern'], 'u').test(value)) issues.push({ path, message: `must match ${s['pattern']}` });
      } catch {
        // A pattern this browser cannot compile is the server's to check.
      }
    }
  }
  if (typeof value === 'number') {
    if (typeof s['minimum'] === 'number' && value < s['minimum']) issues.push({ path, message: `must be at least ${s['minimum']}` });
    if (typeof s['maximum'] === 'number' && value > s['maximum']) issues.push({ path, message: `must be at most ${s['maximum']}` });
  }
  if (Array.isArray(value) && s['items']) {
    value.forEach((item, index) => issues.push(...checkAgainstSchema(item, s['items'], at(index))));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = asSchema(s['properties']) ?? {};
    for (const name of Array.isArray(s['required']) ? (s['required'] as string[]) : []) {
      if (!(name in object)) issues.push({ path: at(name), message: 'is required' });
    }
    for (const [name, item] of Object.entries(object)) {
      if (name in properties) issues.push(...checkAgainstSchema(item, properties[name], at(name)));
      else if (s['additionalProperties'] === false) issues.push({ path: at(name), message: 'is not a field of this kind' });
    }
  }
  return issues;
}

export interface ConfigField {
  name: string;
  type: string;
  description: string;
  required: boolean;
  secret: boolean;
  defaultValue: unknown;
}

/** The top-level fields a kind's schema describes, for the help beside the editor. */
export function configFields(schema: unknown): ConfigField[] {
  const s = asSchema(schema);
  const properties = asSchema(s?.['properties']) ?? {};
  const required = Array.isArray(s?.['required']) ? (s!['required'] as string[]) : [];
  return Object.entries(properties).map(([name, raw]) => {
    const p = asSchema(raw) ?? {};
    return {
      name,
      type: Array.isArray(p['type']) ? (p['type'] as string[]).join(' | ') : String(p['type'] ?? 'any'),
      description: typeof p['description'] === 'string' ? p['description'] : '',
      required: required.includes(name),
      secret: p['writeOnly'] === true,
      defaultValue: p['default'],
    };
  });
}
