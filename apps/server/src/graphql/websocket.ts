import type http from 'node:http';
import { type ExecutionArgs, execute, type GraphQLSchema, getOperationAST, Kind } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { requestIdFrom } from '../access-log.js';
import { clip, logger } from '../log.js';
import { type Context, callerOf, createContext, type Services } from './context.js';
import { formatError } from './errors.js';
import { operationLimits, validDocuments } from './limits.js';
import { Loaders } from './loaders.js';
import { type FanoutCounts, type SubscriberAddress, SubscriptionMultiplexer } from './multiplex.js';
import { SESSION_ENDED, SessionWatch, sessionIsLive } from './session-watch.js';
import {
  answeredAlone,
  formatSocketErrors,
  formatSocketResult,
  prepareOperation,
  screenMessages,
} from './socket-limits.js';
import { probedContext } from './viewer-probe.js';

export interface GraphqlSocketServer {
  wss: WebSocketServer;
  /** Running subscriptions by root field, for the metrics. */
  subscriptionsByField(): Map<string, number>;
  /** Executions and frames of the subscriptions' fan-out so far, for the metrics. */
  fanout(): FanoutCounts;
  /** Subscriptions multiplexed now (others each hold a listener of the tailer). */
  multiplexed(): number;
  /** Closes every socket and stops accepting new ones. */
  dispose(): Promise<void>;
}

interface SocketLog {
  connId: string;
  at: number;
  personId?: string;
}

/** GraphQL over WebSocket (the graphql-ws protocol) on the HTTP server's `/graphql`. */
export function serveGraphqlOverWebSocket(
  httpServer: http.Server,
  schema: GraphQLSchema,
  services: Services,
): GraphqlSocketServer {
  const { config } = services;
  // A message past wsMaxFrameBytes closes its socket with 1009 (ws's maxPayload).
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.wsMaxFrameBytes });
  screenMessages(wss, config.wsMessagesPerSecond, config.wsMessageBurst);
  const limits = operationLimits(config);
  const valid = validDocuments();
  const format = formatError(config.nodeEnv === 'development', config.nodeEnv === 'production');
  const formatErrors = formatSocketErrors(format);
  const formatResult = formatSocketResult(format);
  // A socket whose session ends (logout, expiry, password change, revocation) closes with 4403.
  const sessions = new SessionWatch(services);
  sessions.start();
  // What the log says of each socket: its id (a sane X-Request-Id of the upgrade, else a new one), since when, whose.
  const opened = new WeakMap<WebSocket, SocketLog>();
  wss.on('connection', (socket, request) => {
    opened.set(socket, { connId: requestIdFrom(request.headers['x-request-id']), at: Date.now() });
  });
  const socketLog = (socket: WebSocket) => opened.get(socket) ?? { connId: 'unknown', at: Date.now() };
  // Each socket's subscriptions' root fields by id; graphql-ws's own ctx.subscriptions says which still run.
  const fields = new Map<{ subscriptions: Record<string, unknown> }, Map<string, string>>();
  // Subscriptions on the log are multiplexed; each subscription's context says where its frames go.
  const multiplexer = new SubscriptionMultiplexer(services.tailer, formatResult);
  const addresses = new WeakMap<object, SubscriberAddress>();
  const cleanup = useServer<{ authorization?: unknown }, { context?: Context; unwatch?: () => void }>(
    {
      schema,
      execute: answeredAlone(execute),
      subscribe: answeredAlone((args: ExecutionArgs) =>
        multiplexer.subscribe(args, addresses.get(args.contextValue as object)),
      ),
      // A socket must authenticate within 3 s (closed with 4408), and with a valid token (4403).
      connectionInitWaitTimeout: 3000,
      onConnect: async (ctx) => {
        const context = await createContext(
          services,
          ctx.connectionParams?.authorization,
          true,
          callerOf(ctx.extra.request),
        );
        if (!context.actor || !context.sessionId || !context.sessionExpiresAt) return false;
        const log = socketLog(ctx.extra.socket);
        log.personId = context.actor.id;
        logger.info(
          { connId: log.connId, personId: log.personId, address: context.caller.address },
          'WebSocket opened',
        );
        ctx.extra.context = context;
        ctx.extra.unwatch = sessions.watch({
          sessionId: context.sessionId,
          expiresAt: context.sessionExpiresAt,
          end: () => ctx.extra.socket.close(SESSION_ENDED, 'Session ended'),
        });
        return true;
      },
      // Every operation checks its session again: once it has ended, the operation runs as nobody
      // (refused as UNAUTHENTICATED wherever it needs someone) and the socket closes.
      context: async (ctx, id, _payload, args) => {
        const connection = ctx.extra.context as Context;
        // A subscription reads through the live loaders; a query or mutation on the socket is one
        // request, with loaders of its own (it may read what it just wrote, before the log moves on).
        const subscription = getOperationAST(args.document, args.operationName)?.operation === 'subscription';
        // A subscription's context reports reads of who exactly the viewer is (graphql/viewer-probe.ts).
        const context = subscription ? probedContext(connection) : { ...connection, loaders: new Loaders(services.ds) };
        if (subscription) addresses.set(context, { socket: ctx.extra.socket, id });
        if (connection.sessionId && (await sessionIsLive(services, connection.sessionId))) return context;
        ctx.extra.socket.close(SESSION_ENDED, 'Session ended');
        return { ...context, actor: null, sessionId: null, sessionExpiresAt: null };
      },
      onClose: (ctx, code, reason) => {
        fields.delete(ctx);
        ctx.extra.unwatch?.();
        const { connId, personId, at } = socketLog(ctx.extra.socket);
        logger.info(
          {
            connId,
            ...(personId ? { personId } : {}),
            code,
            reason: clip(reason ?? '', 100),
            durationMs: Date.now() - at,
          },
          `WebSocket closed (${code})`,
        );
      },
      onOperation: (ctx, id, _payload, args) => {
        const op = getOperationAST(args.document, args.operationName);
        const first = op?.operation === 'subscription' ? op.selectionSet.selections[0] : undefined;
        const { connId, personId } = socketLog(ctx.extra.socket);
        const operation = args.operationName ?? op?.name?.value;
        logger.info(
          {
            connId,
            ...(personId ? { personId } : {}),
            opId: clip(id, 64),
            ...(operation ? { operation: clip(operation, 100) } : {}),
            operationType: op?.operation,
            ...(first?.kind === Kind.FIELD ? { field: first.name.value } : {}),
          },
          `WebSocket ${op?.operation ?? 'operation'} started${operation ? `: ${clip(operation, 100)}` : ''}`,
        );
        if (first?.kind !== Kind.FIELD) return;
        const mine = fields.get(ctx) ?? new Map<string, string>();
        fields.set(ctx, mine.set(id, first.name.value));
      },
      // The same limits as HTTP; a bad operation gets an error of its own, the socket stays open.
      onSubscribe: (ctx, _id, payload) => prepareOperation(schema, limits, config, ctx.subscriptions, payload, valid),
      onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result),
    },
    wss,
  );
  return {
    wss,
    subscriptionsByField: () => {
      const counts = new Map<string, number>();
      for (const [ctx, mine] of fields) {
        for (const [id, field] of mine) {
          if (!(id in ctx.subscriptions)) mine.delete(id);
          else counts.set(field, (counts.get(field) ?? 0) + 1);
        }
        if (mine.size === 0) fields.delete(ctx);
      }
      return counts;
    },
    fanout: () => multiplexer.counts,
    multiplexed: () => multiplexer.attached,
    dispose: async () => {
      multiplexer.stop();
      sessions.stop();
      await cleanup.dispose();
    },
  };
}
