// Turns everything that can go wrong between the dashboard and the server into one
// shape with a message meant for people, and picks out the field errors that a form
// shows beside its fields.

/** A GraphQL error as the server formats it. */
export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export type ProblemKind =
  | 'network'
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'not-allowed-now'
  | 'rate-limited'
  | 'server';

/** Something that went wrong, ready to show. */
export class Problem extends Error {
  readonly kind: ProblemKind;
  readonly errors: readonly GraphQLErrorShape[];
  readonly status: number | undefined;

  constructor(
    kind: ProblemKind,
    message: string,
    options: { errors?: readonly GraphQLErrorShape[]; status?: number } = {},
  ) {
    super(message);
    this.name = 'Problem';
    this.kind = kind;
    this.errors = options.errors ?? [];
    this.status = options.status;
  }
}

export function errorCode(error: GraphQLErrorShape): string | undefined {
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

const KIND_BY_CODE: Record<string, ProblemKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  BAD_USER_INPUT: 'invalid-input',
  GRAPHQL_VALIDATION_FAILED: 'invalid-input',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  INVALID_TRANSITION: 'not-allowed-now',
  FAILED_PRECONDITION: 'not-allowed-now',
  TOO_MANY_REQUESTS: 'rate-limited',
  RATE_LIMITED: 'rate-limited',
};

/** What one GraphQL error means for the person looking at the page. */
export function describeGraphQLError(error: GraphQLErrorShape): string {
  const code = errorCode(error);
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'You are signed out. Sign in again to continue.';
    case 'FORBIDDEN':
      return `Your role does not allow this${error.message ? ` (${error.message})` : ''}.`;
    case 'INVALID_TRANSITION': {
      const from = error.extensions?.['from'];
      return typeof from === 'string'
        ? `This action no longer applies: the integration is ${from} now.`
        : error.message;
    }
    case 'CONFLICT':
      return `${error.message} Someone changed it meanwhile; the page shows the latest version.`;
    case 'INTERNAL_SERVER_ERROR':
      return 'The server failed to do this. Try again; if it keeps failing, the server log has the cause.';
    default:
      return error.message || 'The server refused the request.';
  }
}

/** Builds the problem for a GraphQL answer that carries errors. */
export function problemFromErrors(errors: readonly GraphQLErrorShape[], status?: number): Problem {
  const first = errors[0];
  const code = first ? errorCode(first) : undefined;
  const kind: ProblemKind = (code && KIND_BY_CODE[code]) || 'server';
  const messages = [...new Set(errors.map(describeGraphQLError))];
  const options: { errors: readonly GraphQLErrorShape[]; status?: number } = { errors };
  if (status !== undefined) options.status = status;
  return new Problem(kind, messages.join(' ') || 'The server refused the request.', options);
}

/** Builds the problem for an HTTP answer that is not a usable GraphQL response. */
export function problemFromStatus(status: number, retryAfter?: string | null): Problem {
  if (status === 401) return new Problem('unauthenticated', 'You are signed out. Sign in again to continue.', { status });
  if (status === 403)
    return new Problem('forbidden', 'The server refused the request (403). Reload the page and sign in again.', { status });
  if (status === 413) return new Problem('invalid-input', 'The request is too large for the server.', { status });
  if (status === 429) {
    const seconds = retryAfter && /^\d+$/.test(retryAfter) ? ` in ${retryAfter} s` : ' shortly';
    return new Problem('rate-limited', `Too many requests. Try again${seconds}.`, { status });
  }
  if (status >= 500) return new Problem('server', `The server failed (HTTP ${status}). Try again in a moment.`, { status });
  return new Problem('server', `The server answered HTTP ${status}.`, { status });
}

export function networkProblem(): Problem {
  return new Problem('network', 'Cannot reach the server. Check the connection and try again.');
}

/** Any thrown value as a message to show. */
export function messageOf(error: unknown): string {
  if (error instanceof Problem) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

/**
 * The messages a form shows beside its fields, keyed by top-level input field
 * (`config.url` is shown beside `config`). The server names the bad fields in
 * `extensions.fields` (`[{ field, message }]`) or, for one field, `extensions.field`.
 */
export function fieldErrors(errors: readonly GraphQLErrorShape[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    const [top, ...rest] = field.split('.');
    if (!top) return;
    const text = rest.length > 0 ? `${rest.join('.')}: ${message}` : message;
    const list = (result[top] ??= []);
    if (!list.includes(text)) list.push(text);
  };
  for (const error of errors) {
    if (errorCode(error) !== 'BAD_USER_INPUT') continue;
    const fields = error.extensions?.['fields'];
    if (Array.isArray(fields) && fields.length > 0) {
      for (const entry of fields) {
        if (entry && typeof entry === 'object') {
          const { field, message } = entry as { field?: unknown; message?: unknown };
          if (typeof field === 'string') add(field, typeof message === 'string' ? message : error.message);
        }
      }
      continue;
    }
    const field = error.extensions?.['field'];
    if (typeof field === 'string') add(field, stripFieldPrefix(field, error.message));
  }
  return result;
}

function stripFieldPrefix(field: string, message: string): string {
  const prefix = `${field}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** The errors that no field of the form claims, for the message above the form. */
export function errorsOutsideFields(errors: readonly GraphQLErrorShape[], fields: readonly string[]): GraphQLErrorShape[] {
  const claimed = fieldErrors(errors);
  return errors.filter((error) => {
    if (errorCode(error) !== 'BAD_USER_INPUT') return true;
    const names = Object.keys(fieldErrors([error]));
    return names.length === 0 || names.some((name) => !fields.includes(name) || !claimed[name]);
  });
}
