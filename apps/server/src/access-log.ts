import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { clip, currentLogScope, type LogScope, logger, withLogScope } from './log.js';
import { type OperationOutcome, operationOutcome } from './metrics.js';

/**
 * The access log: one line per HTTP request, when its response ends, with the request id (the
 * caller's sane X-Request-Id, else a new one, echoed in the response), method, path, status,
 * duration and client address; for GraphQL also the operation's name, the caller's person id
 * and the error codes it answered with. Never headers, never a query string, never variables.
 */

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The caller's request id when it is a sane one (a proxy's, a client's), else a new one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** The path as logged: no query string, and no secret (an export's link is its own key). */
export function loggedPath(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  return clip(path.replace(/^\/exports\/[^/]*/, '/exports/[token]'), 200);
}

/** Probes and scrapes come every few seconds: their lines only at debug. */
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/** What the line says of the request, filled in while it is served. */
interface AccessRecord extends LogScope {
  personId?: string;
  operation?: string;
  operationType?: string;
  errorCodes?: string[];
}

const records = new WeakMap<object, AccessRecord>();

// Express rewrites req.url inside a mounted router (app.use('/graphql', …)); originalUrl stays.
const pathOf = (req: IncomingMessage) => loggedPath((req as Request).originalUrl ?? req.url ?? '');

function accessLine(req: IncomingMessage, res: ServerResponse, durationMs: number) {
  const record = records.get(res);
  const aborted = !res.writableEnded;
  return {
    reqId: record?.reqId ?? String(req.id),
    method: req.method,
    path: pathOf(req),
    status: res.statusCode,
    durationMs,
    address: (req as Request).ip ?? req.socket.remoteAddress,
    ...(aborted ? { aborted } : {}),
    ...(record?.operation ? { operation: record.operation } : {}),
    ...(record?.operationType ? { operationType: record.operationType } : {}),
    ...(record?.personId ? { personId: record.personId } : {}),
    ...(record?.errorCodes?.length ? { errorCodes: record.errorCodes } : {}),
  };
}

function accessMessage(req: IncomingMessage, res: ServerResponse): string {
  const operation = records.get(res)?.operation;
  return `${req.method} ${pathOf(req)} ${res.statusCode}${operation ? ` ${operation}` : ''}`;
}

/** Express middleware: mount it first, so the duration covers everything after it. */
export function accessLog(): RequestHandler {
  const http = pinoHttp({
    logger,
    // The line is built by accessLine alone: pino-http's own req/res objects would carry headers.
    quietResLogger: true,
    wrapSerializers: false,
    serializers: { req: () => undefined },
    customLogLevel: (req, res, err) => {
      if (QUIET.has(pathOf(req))) return 'debug';
      return err || res.statusCode >= 500 ? 'error' : 'info';
    },
    customSuccessObject: (req, res, val: { responseTime: number }) => accessLine(req, res, val.responseTime),
    customErrorObject: (req, res, _err, val: { responseTime: number }) => accessLine(req, res, val.responseTime),
    customSuccessMessage: accessMessage,
    customErrorMessage: accessMessage,
  });
  return (req, res, next) => {
    const record: AccessRecord = { reqId: requestIdFrom(req.headers['x-request-id']) };
    req.id = record.reqId;
    res.setHeader('x-request-id', record.reqId);
    records.set(res, record);
    records.set(record, record);
    http(req, res);
    // Every line logged while serving it (a refused sign-in, an unexpected error) carries reqId.
    withLogScope(record, next);
  };
}

/**
 * Tells the access line what GraphQL operation the request carried, who called, and the codes of
 * the errors it answered with (the same reading of the response as the metrics, metrics.ts).
 */
export function accessLogPlugin<T extends { actor?: { id: string } | null }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const scope = currentLogScope();
      const record = scope && records.get(scope);
      if (!record) return;
      return {
        async willSendResponse(rc) {
          note(record, operationOutcome(rc), rc.contextValue.actor?.id);
        },
      };
    },
  };
}

/** The same for an answer sent before Apollo (graphql/response-cache.ts), by its response. */
export function noteOperation(res: ServerResponse, outcome: OperationOutcome, personId: string): void {
  const record = records.get(res);
  if (record) note(record, outcome, personId);
}

function note(record: AccessRecord, outcome: OperationOutcome, personId: string | undefined): void {
  if (outcome.name) record.operation = clip(outcome.name, 100);
  if (outcome.type) record.operationType = outcome.type;
  if (personId) record.personId = personId;
  if (outcome.errorCodes.length) record.errorCodes = outcome.errorCodes.map((c) => clip(c || 'NONE', 64));
}
