import type { RequestHandler } from 'express';
import type { PublicSnapshots } from './public-read.js';

const SLUG = /^[a-z0-9]{1,64}$/;

/**
 * GET /public-api/consultations/:slug — a draft under public consultation as JSON, for anyone and
 * for any cache between (a CDN, nginx: infra/nginx/gongbian.conf): served from memory with an
 * ETag, 304 to a reader who has it, `Cache-Control: public` for a minute and stale for ten while
 * it is fetched again; compressed once, not per view. No statement per view, and so no rate limit
 * either (which would cost one).
 */
export function publicSnapshotRoute(snapshots: PublicSnapshots): RequestHandler {
  return async (req, res, next) => {
    try {
      const slug = String(req.params.slug ?? '');
      const s = SLUG.test(slug) ? await snapshots.get(slug) : null;
      if (!s) {
        res.setHeader('Cache-Control', 'public, max-age=30');
        res.status(404).json({ error: 'NOT_FOUND', message: 'No public consultation is open at this address.' });
        return;
      }
      res.setHeader('ETag', s.etag);
      res.setHeader('Cache-Control', 'public, max-age=60, stale-while-revalidate=600');
      res.setHeader('Vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === s.etag) {
        res.status(304).end();
        return;
      }
      res.type('application/json; charset=utf-8');
      // Sent as compressed when it was kept (the compression middleware leaves an encoded body alone).
      const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
      if (encoding === 'br' || encoding === 'gzip') {
        res.setHeader('Content-Encoding', encoding);
        res.send(encoding === 'br' ? s.brotli : s.gzip);
      } else {
        res.send(s.json);
      }
    } catch (err) {
      next(err);
    }
  };
}
