import { type ExecutionArgs, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { ExecutionResult, FormattedExecutionResult, SubscribePayload } from 'graphql-ws';
import type { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { checkOperation, type Limits } from './limits.js';

/**
 * Per-socket limits of GraphQL over WebSocket, beside the operation limits (limits.ts) both
 * transports share. The frame cap is ws's `maxPayload` (a larger message closes that socket with
 * 1009); the rest is here.
 */

/**
 * A token bucket per socket: `perSecond` messages on average, in bursts of up to `burst`. A
 * socket past it is closed with 1008 and read no further, so a flood costs the server nothing
 * more than the bytes already received.
 */
export function limitMessageRate(wss: WebSocketServer, perSecond: number, burst: number): void {
  wss.on('connection', (socket) => {
    let tokens = burst;
    let last = performance.now();
    socket.on('message', () => {
      const now = performance.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      if (socket.readyState !== socket.OPEN) return;
      socket.close(1008, 'Too many messages');
      socket.pause();
      // The client's half of the closing handshake is not read while paused.
      setTimeout(() => socket.terminate(), 1000).unref();
    });
  });
}

/**
 * graphql-ws's onSubscribe: parses and validates the operation under the limits, and refuses one
 * more than `wsMaxSubscriptions` running at once. Whatever is wrong is sent as an `error` message
 * for this operation alone; the socket and its other subscriptions carry on.
 */
export function prepareOperation(
  schema: GraphQLSchema,
  limits: Limits,
  config: Pick<Config, 'wsMaxSubscriptions' | 'nodeEnv'>,
  running: Record<string, unknown>,
  payload: SubscribePayload,
): ExecutionArgs | GraphQLError[] {
  // graphql-ws has entered this operation in `running` before asking.
  if (Object.keys(running).length > config.wsMaxSubscriptions) {
    return [
      new GraphQLError(
        `This connection already has ${config.wsMaxSubscriptions} subscriptions; end one before starting another.`,
        { extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS', limit: config.wsMaxSubscriptions } },
      ),
    ];
  }
  const document = checkOperation(schema, limits, payload.query, { introspection: config.nodeEnv !== 'production' });
  if (Array.isArray(document)) return document;
  return {
    schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables,
  };
}

type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** graphql-ws's onError: the same error contract as HTTP (formatError). */
export function formatSocketErrors(format: Format) {
  return (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((e) => format(e.toJSON(), e));
}

/** graphql-ws's onNext: results with errors are formatted as on HTTP; others pass untouched. */
export function formatSocketResult(format: Format) {
  return (result: ExecutionResult): FormattedExecutionResult | undefined => {
    if (!result.errors?.length) return undefined;
    return { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) } as FormattedExecutionResult;
  };
}
