import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Kind, type ParseOptions, parse } from 'graphql';
import helmet from 'helmet';
import type { Config } from './config.js';

/**
 * Security headers on every response (helmet). The CSP is one the built web app works under
 * (test/e2e runs it in Chromium): scripts only from this origin; inline styles allowed, because
 * Element Plus and ECharts position popovers and charts with style attributes; images also as
 * data:/blob: (the favicon, chart exports); fetch and WebSocket to this origin only. No page may
 * frame the app (clickjacking), and no URL leaks to other sites through the Referer.
 */
export function securityHeaders(config: Pick<Config, 'publicUrl'>): RequestHandler {
  const https = config.publicUrl?.startsWith('https:') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
        // Only where the server is reached over https; on a plain-http intranet it would break every request.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS only for a known https address, and never for the domain's other hosts.
    strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: false } : false,
  });
}

/**
 * The JSON body parser's refusals as GraphQL-shaped JSON: 413 past the size limit, 400 for a body
 * that is not JSON. Never Express's HTML page, nor a logged stack trace echoing the body.
 */
export function jsonBodyErrors(limitBytes: number): ErrorRequestHandler {
  return (err, _req, res, next) => {
    const e = err as { type?: unknown; status?: unknown };
    if (typeof e.type !== 'string' || typeof e.status !== 'number' || e.status >= 500) return next(err);
    const tooLarge = e.type === 'entity.too.large';
    const size = limitBytes >= 1024 * 1024 ? `${+(limitBytes / 1024 / 1024).toFixed(1)} MiB` : `${limitBytes} bytes`;
    res.status(tooLarge ? 413 : e.status).json({
      errors: [
        {
          message: tooLarge
            ? `This request is larger than the ${size} the server accepts. Upload Word drafts as files, and ask for less at once.`
            : 'The request body is not valid JSON.',
          extensions: tooLarge
            ? { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE', limit: limitBytes }
            : { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
        },
      ],
    });
  };
}

/**
 * Subscriptions are served over the WebSocket only. Over HTTP, Apollo would run a subscription's
 * resolver as if it were a query, with nothing to stream it to; and graphql-js's own validation
 * throws, rather than reports, a subscription's bad `@include(if:)`, which Apollo answers with 500.
 * So an HTTP body whose document holds a subscription is refused before Apollo sees it. Only a
 * body that names the word is parsed here; every other request passes untouched.
 */
export function subscriptionsOverSocketOnly(parseOptions: ParseOptions): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query !== 'string' || !/\bsubscription\b/.test(query)) return next();
    let subscribes = false;
    try {
      subscribes = parse(query, parseOptions).definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription',
      );
    } catch {
      // Apollo answers what does not parse.
    }
    if (!subscribes) return next();
    res.status(400).json({
      errors: [
        {
          message: 'Subscriptions run over the WebSocket at /graphql (graphql-ws), not over HTTP.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP' },
        },
      ],
    });
  };
}
