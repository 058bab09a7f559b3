import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCode, errorFacts, errorMessageKey, errorReason } from './errors';

const graphQLErrors = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code } }] });

describe('errorCode', () => {
  it('reads extensions.code of GraphQL errors', () => {
    expect(errorCode(graphQLErrors('FORBIDDEN'))).toBe('FORBIDDEN');
    expect(errorCode(graphQLErrors('CONFLICT'))).toBe('CONFLICT');
    expect(errorMessageKey(graphQLErrors('RATE_LIMITED'))).toBe('errors.RATE_LIMITED');
  });

  it('calls an unknown code UNKNOWN rather than showing it raw', () => {
    expect(errorCode(graphQLErrors('GRAPHQL_VALIDATION_FAILED'))).toBe('UNKNOWN');
  });

  it('prefers the code in a non-2xx body, then falls back to the HTTP status', () => {
    const body = JSON.stringify({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] });
    expect(errorCode(new ServerError('x', { response: new Response(body, { status: 400 }), bodyText: body }))).toBe(
      'RATE_LIMITED',
    );
    expect(errorCode(new ServerError('x', { response: new Response('', { status: 401 }), bodyText: '' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(new ServerError('x', { response: new Response('', { status: 502 }), bodyText: '' }))).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('reads graphql-ws error lists and close events', () => {
    expect(errorCode([{ message: 'no', extensions: { code: 'NOT_FOUND' } }])).toBe('NOT_FOUND');
    expect(errorCode({ code: 4401, reason: 'Unauthorized' })).toBe('UNAUTHENTICATED');
  });

  it('calls a failed fetch a network error', () => {
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });
});

describe('errorReason and errorFacts', () => {
  it('read which rule refused a request and the string values its sentence needs', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'This invitation was already answered (DECLINED).',
          extensions: { code: 'CONFLICT', reason: 'ALREADY_ANSWERED', facts: { reviewStatus: 'DECLINED', odd: 3 } },
        },
      ],
    });
    expect(errorReason(error)).toBe('ALREADY_ANSWERED');
    expect(errorFacts(error)).toEqual({ reviewStatus: 'DECLINED' });
  });

  it('give nothing for a failure the server did not explain', () => {
    expect(errorReason(new TypeError('Failed to fetch'))).toBeNull();
    expect(errorFacts(graphQLErrors('FORBIDDEN'))).toEqual({});
  });
});
