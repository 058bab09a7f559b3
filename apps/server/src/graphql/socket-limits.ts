import { type ExecutionArgs, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { ExecutionResult, FormattedExecutionResult, SubscribePayload } from 'graphql-ws';
import type { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { checkOperation, type Limits, type ValidDocuments } from './limits.js';

/**
 * Per-socket limits of GraphQL over WebSocket, beside the operation limits (limits.ts) both
 * transports share. The frame cap is ws's `maxPayload` (a larger message closes that socket with
 * 1009); the rest is here.
 */

// What graphql-ws accepts from a client; the other message types are the server's to send.
const FROM_CLIENT: ReadonlySet<string> = new Set(['connection_init', 'ping', 'pong', 'subscribe', 'complete']);
// graphql-ws puts an operation's id into close reasons, which WebSocket caps at 123 bytes.
const MAX_ID_LENGTH = 64;
const BAD_REQUEST = 4400;

/** Why a message that graphql-ws could parse must not reach it, or null. */
function refusal(data: unknown): string | null {
  let message: unknown;
  try {
    message = JSON.parse(String(data));
  } catch {
    return null; // graphql-ws answers unparseable messages itself (4400)
  }
  if (typeof message !== 'object' || message === null) return null;
  const { type, id } = message as { type?: unknown; id?: unknown };
  if (typeof type === 'string' && !FROM_CLIENT.has(type)) return 'Invalid message received';
  if (typeof id === 'string' && id.length > MAX_ID_LENGTH) return 'Operation id too long';
  return null;
}

/**
 * Screens every message before graphql-ws reads it:
 * - a token bucket per socket, `perSecond` messages on average in bursts of up to `burst`; a
 *   socket past it is closed with 1008 and read no further, so a flood costs nothing more than
 *   the bytes already received;
 * - a message of a type only the server sends, or with an id too long for a close reason, closes
 *   the socket with 4400 (graphql-ws itself would throw, and close with 4500, as if it had failed).
 */
export function screenMessages(wss: WebSocketServer, perSecond: number, burst: number): void {
  wss.on('connection', (socket) => {
    let tokens = burst;
    let last = performance.now();
    const emit = socket.emit.bind(socket);
    // Registered before graphql-ws's own listener exists, so every message passes here first.
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event !== 'message') return emit(event, ...args);
      if (socket.readyState !== socket.OPEN) return false;
      const now = performance.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) {
        socket.close(1008, 'Too many messages');
        socket.pause();
        // The client's half of the closing handshake is not read while paused.
        setTimeout(() => socket.terminate(), 1000).unref();
        return false;
      }
      tokens -= 1;
      const why = refusal(args[0]);
      if (why) {
        socket.close(BAD_REQUEST, why);
        return false;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
  });
}

/**
 * graphql-js throws, rather than returns, a few errors of a valid operation (a directive's `if`
 * that is not a Boolean, a variable it needs and was not given); graphql-ws would close the
 * socket for them. They belong to that operation alone.
 */
export function answeredAlone<A, R>(run: (args: A) => R | Promise<R>) {
  return async (args: A): Promise<R | { errors: GraphQLError[] }> => {
    try {
      return await run(args);
    } catch (err) {
      if (err instanceof GraphQLError) return { errors: [err] };
      throw err;
    }
  };
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
  valid?: ValidDocuments,
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
  const document = checkOperation(schema, limits, payload.query, {
    introspection: config.nodeEnv !== 'production',
    valid,
  });
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
