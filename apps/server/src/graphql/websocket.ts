import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type Context, createContext, type Services } from './context.js';

export interface GraphqlSocketServer {
  wss: WebSocketServer;
  /** Closes every socket and stops accepting new ones. */
  dispose(): Promise<void>;
}

/** GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's `/graphql`. */
export function serveGraphqlOverWebSocket(
  httpServer: http.Server,
  schema: GraphQLSchema,
  services: Services,
): GraphqlSocketServer {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const cleanup = useServer<{ authorization?: unknown }, { context?: Context }>(
    {
      schema,
      // A socket must authenticate within 3 s (closed with 4408), and with a valid token (4403).
      connectionInitWaitTimeout: 3000,
      onConnect: async (ctx) => {
        const context = await createContext(services, ctx.connectionParams?.authorization, true);
        if (!context.actor) return false;
        ctx.extra.context = context;
        return true;
      },
      context: (ctx) => ctx.extra.context as Context,
    },
    wss,
  );
  return { wss, dispose: async () => await cleanup.dispose() };
}
