import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Request, type RequestHandler, type Response } from 'express';

/** Office documents and archives are zip files already: a second pass costs CPU and saves nothing. */
const ALREADY_COMPRESSED = /zip|officedocument|opendocument/i;

/**
 * gzip or brotli, whichever the client prefers (compression 1.8 offers br first), for GraphQL
 * JSON and the web app's files its build did not compress (index.html; the scripts and styles
 * have copies, sent by `webAssets`). Never for uploads (the route answers small JSON; its request is
 * the large part), nor for zipped downloads. WebSocket upgrades never reach Express.
 */
export function compressResponses(): RequestHandler {
  return compression({
    filter(req: Request, res: Response) {
      if (req.path === '/uploads') return false;
      if (ALREADY_COMPRESSED.test(String(res.getHeader('content-type') ?? ''))) return false;
      return compression.filter(req, res);
    },
  });
}

/**
 * The built web app's hashed files (apps/web/dist/assets): a changed file gets a new name, so a
 * browser may keep each one for a year without asking. A missing one is a 404, never the
 * index.html fallback, which a browser would otherwise run as a script or cache under that name.
 */
export function webAssets(webDist: string): RequestHandler[] {
  const dir = path.join(webDist, 'assets');
  return [
    precompressed(dir),
    express.static(dir, { index: false, immutable: true, maxAge: '365d' }),
    // Here rather than with fallthrough: false, whose errors Express's final handler logs with a stack.
    (_req, res) => {
      res.status(404).type('text').send('Not found');
    },
  ];
}

const COPIES = { br: '.br', gzip: '.gz' } as const;

/**
 * The brotli or gzip copy the web build made of an asset (at the highest levels, once: brotli 11
 * is about 12% smaller than what compression can afford per request), sent as it is, for the
 * encoding the client accepts, brotli first; `compressResponses` leaves an encoded body alone.
 * Without a copy (a small file, an older build), the next handler sends the file.
 */
function precompressed(dir: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const accepted = req.acceptsEncodings() as string[];
    const encoding = (['br', 'gzip'] as const).find((e) => accepted.includes(e));
    const name = path.posix.normalize(req.path).replace(/^\/+/, '');
    if (!encoding || !name || name.startsWith('..')) return next();
    const copy = `${name}${COPIES[encoding]}`;
    fs.stat(path.join(dir, copy), (error, stat) => {
      if (error || !stat.isFile()) return next();
      res.vary('Accept-Encoding');
      res.setHeader('Content-Encoding', encoding);
      res.type(path.extname(name));
      res.sendFile(copy, { root: dir, immutable: true, maxAge: '365d', dotfiles: 'deny' }, (sendError) => {
        if (sendError && !res.headersSent) {
          res.removeHeader('Content-Encoding');
          next();
        }
      });
    });
  };
}

/** The rest of the built app (index.html and any unhashed file): revalidated on every load, so a deployment shows at once. */
export function webFiles(webDist: string): RequestHandler {
  return express.static(webDist, { index: false, cacheControl: false, setHeaders: noCache });
}

export function noCache(res: Response): void {
  res.setHeader('cache-control', 'no-cache');
}
