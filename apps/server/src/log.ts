import { AsyncLocalStorage } from 'node:async_hooks';
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

/**
 * The server's log: one JSON object per line on stdout, for a collector to read. Import `logger`
 * and log where it happens: `logger.warn({ email, reason }, 'Sign-in refused')`, errors as
 * `{ err }` (one line, the stack a field). Inside an HTTP request every line carries the request's
 * `reqId` without being handed a logger (the access log opens that scope, see access-log.ts).
 *
 * Make children (`logger.child({ module: 'tailer' })`) when you need them, not at import: a child
 * keeps the level it was born with, and the level is set when the server starts.
 */

export type LogLevel = LevelWithSilent;

/** What every line logged inside one request (or one WebSocket operation) carries. */
export interface LogScope {
  reqId: string;
}

const scope = new AsyncLocalStorage<LogScope>();

/** Runs `work` with every line it logs (also later, in its callbacks) tagged with `reqId`. */
export function withLogScope<T>(store: LogScope, work: () => T): T {
  return scope.run(store, work);
}

/** The scope of the request being served here, if any. */
export function currentLogScope(): LogScope | undefined {
  return scope.getStore();
}

/** At most this much of an error's message goes into a line: a message can echo its input. */
const MESSAGE_CHARS = 200;
const STACK_FRAMES = 20;

/** Text made safe to log: one line, no control characters, at most `max` characters. */
export function clip(text: string, max = 200): string {
  const line = text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}… (${line.length} chars)` : line;
}

export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggedError;
}

/**
 * pino's `err` serializer, narrowed: the name, a clipped message, a code, and the stack frames
 * (which name code, never input). Not the error's other properties: a TypeORM QueryFailedError
 * carries the query's parameters and pg's `detail` the row's values, which may be personal data.
 */
export function serializeError(err: unknown, depth = 0): LoggedError {
  if (!(err instanceof Error)) return { type: typeof err, message: clip(String(err), MESSAGE_CHARS) };
  const driver = (err as { driverError?: { code?: unknown } }).driverError;
  const code = (err as { code?: unknown }).code ?? driver?.code;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, STACK_FRAMES)
    .map((l) => l.trim());
  return {
    type: err.name,
    message: clip(err.message, MESSAGE_CHARS),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: clip(String(code), 40) } : {}),
    ...(frames.length ? { stack: frames.join('\n') } : {}),
    ...(err.cause !== undefined && depth < 2 ? { cause: serializeError(err.cause, depth + 1) } : {}),
  };
}

/**
 * Never logged, whoever passes them: credentials in headers, passwords and tokens in inputs.
 * Nothing here logs headers or GraphQL variables at all (the operation name, not its variables);
 * this is the net under that rule.
 */
const SECRETS = ['password', 'newPassword', 'currentPassword', 'token'];
// Named parents, not `*.password`: wildcard paths made every line several times dearer
// (measured here: an access line 2–3 µs without redaction or with these paths, 7–17 µs with wildcards).
const SECRET_PARENTS = ['input', 'args', 'body', 'params', 'req.body'];
const REDACT = [
  'authorization',
  'cookie',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'variables',
  ...SECRETS,
  ...SECRET_PARENTS.flatMap((parent) => SECRETS.map((key) => `${parent}.${key}`)),
];

const LEVELS: readonly string[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

// Lines go through this one object to whatever `target` is now, so a destination set at start
// reaches every logger, also children made before it.
// Written asynchronously: lines logged while a write is under way go out together in the next, so
// a busy server makes one write for many access lines instead of one each (about a twelfth of a
// cached answer's CPU). pino writes out what is still buffered as the process exits.
let target: DestinationStream = pino.destination({ dest: 1, sync: false });
const sink: DestinationStream = { write: (line) => target.write(line) };

// The environment's level from the first line on, so children made at import start right;
// configureLogging applies the validated setting (config.ts) when the server starts.
const envLevel = process.env.GONGBIAN_LOG_LEVEL;

export const logger: Logger = pino(
  {
    level: envLevel && LEVELS.includes(envLevel) ? envLevel : 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: serializeError },
    redact: { paths: REDACT, censor: '[redacted]' },
    mixin: () => {
      const store = scope.getStore();
      return store ? { reqId: store.reqId } : {};
    },
  },
  sink,
);

export interface LogSettings {
  level?: LogLevel;
  /** Where lines go instead of stdout (a test's collector). */
  destination?: DestinationStream;
}

/** Sets the level and the destination; returns a function that puts back the previous ones. */
export function configureLogging(settings: LogSettings): () => void {
  const previous = { level: logger.level as LogLevel, destination: target };
  if (settings.level) logger.level = settings.level;
  if (settings.destination) target = settings.destination;
  return () => {
    logger.level = previous.level;
    target = previous.destination;
  };
}
