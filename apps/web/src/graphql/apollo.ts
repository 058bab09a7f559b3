import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { type App, type InjectionKey, inject } from 'vue';
import { errorCode } from './errors';

export interface ApolloOptions {
  uri?: string;
  getToken: () => string | null;
  /** Called when the server no longer accepts the token this client sent. */
  onUnauthenticated: () => void;
  /** defaults to the global fetch; tests pass their own */
  fetch?: typeof fetch;
}

export function createApolloClient({ uri = '/graphql', getToken, onUnauthenticated, fetch }: ApolloOptions) {
  const auth = new SetContextLink(({ headers }) => {
    const token = getToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const expiry = new ErrorLink(({ error, operation }) => {
    // A failed login is "wrong password", not an expired session.
    const sentToken = Boolean(operation.getContext().headers?.authorization);
    if (sentToken && errorCode(error) === 'UNAUTHENTICATED') onUnauthenticated();
  });
  // Apollo's CSRF guard wants a JSON content type on every POST.
  const http = new HttpLink({ uri, fetch, headers: { 'content-type': 'application/json' } });

  return new ApolloClient({
    link: ApolloLink.from([expiry, auth, http]),
    cache: new InMemoryCache({
      typePolicies: {
        // Objects without an `id` of their own: say how they are identified or merged, so a
        // refetch replaces them in place instead of warning about lost data.
        Dashboard: { keyFields: ['programId'] },
        // A block's id (b1, b2, …) is unique only within its draft: normalising it would let one
        // version's blocks overwrite another's. Each draft keeps its own copies.
        Block: { keyFields: false },
        Clock: { merge: true },
      },
    }),
  });
}

export type GongbianApolloClient = ReturnType<typeof createApolloClient>;

const ApolloKey: InjectionKey<ApolloClient> = Symbol('apollo');

export function installApollo(app: App, client: ApolloClient): void {
  app.provide(ApolloKey, client);
}

export function useApollo(): ApolloClient {
  const client = inject(ApolloKey);
  if (!client) throw new Error('Apollo client not provided: call installApollo(app, client)');
  return client;
}

export { ApolloKey };
