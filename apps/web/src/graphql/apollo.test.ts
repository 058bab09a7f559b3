import { CompareDraftsDocument, LogoutDocument, MeDocument } from '@gongbian/graphql-client';
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

  it('keeps the blocks of two versions apart although their ids repeat', async () => {
    const block = (text: string) => ({ __typename: 'Block', id: 'b1', kind: 'PARAGRAPH', level: 0, text });
    const server = fakeServer({
      data: {
        compareDrafts: [
          { __typename: 'BlockChange', kind: 'CHANGED', old: block('旧文本'), new: block('新文本'), parts: [] },
        ],
        to: null,
      },
    });
    const client = createApolloClient({ getToken: () => 'tok', onUnauthenticated: () => {}, fetch: server.fetch });
    const result = await client.query({ query: CompareDraftsDocument, variables: { fromId: 'd1', toId: 'd2' } });
    const [change] = result.data?.compareDrafts ?? [];
    expect([change?.old?.text, change?.new?.text]).toEqual(['旧文本', '新文本']);
  });
});
