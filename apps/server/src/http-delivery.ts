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

/**
 * The rest of the built app (index.html and any unhashed file): revalidated on every load, so a
 * deployment shows at once. A page the app opens on gets its own scripts and styles named in a
 * `Link` header (`pagePreloads`).
 */
export function webFiles(webDist: string): RequestHandler {
  const files = express.static(webDist, { index: false, cacheControl: false, setHeaders: noCache });
  const preloads = pagePreloads(webDist);
  return (req, res, next) => {
    const link = req.method === 'GET' ? preloads(req.path) : null;
    if (link) res.setHeader('Link', link);
    files(req, res, next);
  };
}

/**
 * The web app's pages whose scripts are worth fetching beside the entry's, by address, with the
 * component each opens (apps/web/src/router.ts holds the same addresses). A page named here and
 * not built, or built and not named, only goes without the head start.
 */
const PAGES: { path: RegExp; sources: string[] }[] = [
  { path: /^\/$/, sources: ['src/pages/overview/ProgramOverview.vue'] },
  { path: /^\/drafts\/[^/]+$/, sources: ['src/pages/draft/DraftPage.vue'] },
  { path: /^\/dashboard$/, sources: ['src/pages/dashboard/DashboardPage.vue'] },
  { path: /^\/login$/, sources: ['src/pages/login/LoginPage.vue'] },
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * A page's own chunks and stylesheets as `Link: rel=modulepreload` / `rel=preload` (from the
 * build's manifest): the browser fetches them while it fetches and runs the entry, instead of
 * learning of them only once the entry has run and the router has matched the page — on
 * HTTP/1.1's six connections per host that chain was most of the time to the page's first paint
 * (issue 11). Without a manifest (an older build) no page gets the header.
 */
export function pagePreloads(webDist: string): (pathname: string) => string | null {
  const file = path.join(webDist, '.vite/manifest.json');
  if (!fs.existsSync(file)) return () => null;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const next of manifest[key].imports ?? []) visit(next);
    };
    for (const key of keys) visit(key);
    return seen;
  };
  const entry = closure(Object.keys(manifest).filter((key) => manifest[key]?.isEntry));
  const links = PAGES.map(({ path: pattern, sources }) => {
    const page = [...closure(sources)].filter((key) => !entry.has(key));
    // The entry's first, as index.html names them: the browser starts a Link header's fetches
    // before it reads the page, and on six connections the entry must not wait behind the page's.
    const scripts = [...entry, ...page].map((key) => `</${manifest[key]?.file}>; rel=modulepreload`);
    // Only the page's stylesheets: index.html links the entry's with `crossorigin`, which a preload
    // without it would not match, and each would be fetched twice — and a stylesheet still on its
    // way holds back the entry's scripts.
    const entryCss = new Set([...entry].flatMap((key) => manifest[key]?.css ?? []));
    const css = [...new Set(page.flatMap((key) => manifest[key]?.css ?? []))].filter((f) => !entryCss.has(f));
    const styles = css.map((f) => `</${f}>; rel=preload; as=style`);
    return { pattern, link: page.length ? [...scripts, ...styles].join(', ') : null };
  });
  return (pathname) => links.find(({ pattern }) => pattern.test(pathname))?.link ?? null;
}

export function noCache(res: Response): void {
  res.setHeader('cache-control', 'no-cache');
}
