import { LogoutDocument, MeDocument } from '@gongbian/graphql-client';
import { describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo';

function fakeServer(body: object) {
  const requests: { headers: Headers; body: { operationName?: string } }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

const unauthenticated = { data: null, errors: [{ message: 'Sign in again', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('the Apollo client', () => {
  it('sends the bearer token as JSON', async () => {
    const server = fakeServer({ data: { me: null } });
    const client = createApolloClient({ getToken: () => 'tok', onUnauthenticated: () => {}, fetch: server.fetch });
    await client.query({ query: MeDocument });
    expect(server.requests[0]?.headers.get('authorization')).toBe('Bearer tok');
    expect(server.requests[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('ends the session when the server no longer accepts the token it was sent', async () => {
    const server = fakeServer(unauthenticated);
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ getToken: () => 'stale', onUnauthenticated, fetch: server.fetch });
    await expect(client.mutate({ mutation: LogoutDocument })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not treat a refusal without a token (a failed login) as an expired session', async () => {
    const server = fakeServer(unauthenticated);
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ getToken: () => null, onUnauthenticated, fetch: server.fetch });
    await expect(client.mutate({ mutation: LogoutDocument })).rejects.toThrow();
    expect(server.requests[0]?.headers.has('authorization')).toBe(false);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
