// GraphQL over HTTP: one POST per operation, with the session cookie and the CSRF token.
// A 401 refreshes the session once and retries; a second 401 signs the user out.

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  networkProblem,
  problemFromErrors,
  problemFromStatus,
  type GraphQLErrorShape,
} from './errors';
import { postHeaders, refreshSession, reportSignedOut } from './session';

export type Document<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/** A query's answer: the data (fields the role may not read are `null`) and the errors. */
export interface Answer<R> {
  data: R | null;
  errors: GraphQLErrorShape[];
}

async function send(query: string, variables: unknown): Promise<Response> {
  try {
    return await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: postHeaders(),
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch {
    throw networkProblem();
  }
}

/** Runs an operation and returns data and errors as the server gave them. */
export async function execute<R, V>(document: Document<R, V>, variables?: V): Promise<Answer<R>> {
  const query = document.toString();
  let response = await send(query, variables);
  if (response.status === 401) {
    if (await refreshSession()) response = await send(query, variables);
    if (response.status === 401) {
      reportSignedOut();
      throw problemFromStatus(401);
    }
  }
  let body: { data?: R | null; errors?: GraphQLErrorShape[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (!body || (body.data === undefined && !body.errors)) {
    throw problemFromStatus(response.status, response.headers.get('retry-after'));
  }
  const errors = Array.isArray(body.errors) ? body.errors : [];
  if (body.data === undefined || body.data === null) {
    if (errors.length > 0) throw problemFromErrors(errors, response.status);
    throw problemFromStatus(response.status);
  }
  return { data: body.data, errors };
}

/** Runs a query; partial data (a field the role may not read) comes back with its errors. */
export const query = execute;

/** Runs a mutation; any error fails it with a problem that lists the server's errors. */
export async function mutate<R, V>(document: Document<R, V>, variables?: V): Promise<R> {
  const answer = await execute(document, variables);
  if (answer.errors.length > 0 || !answer.data) throw problemFromErrors(answer.errors);
  return answer.data;
}
