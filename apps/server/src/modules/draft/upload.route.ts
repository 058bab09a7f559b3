import { createHash } from 'node:crypto';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { authenticate } from '../../auth/authenticate.js';
import type { Services } from '../../graphql/context.js';
import { MAX_PENDING_UPLOADS, mayUpload, saveUpload, UPLOAD_TTL_MINUTES } from './upload.service.js';

// The multipart envelope around the file: boundaries and part headers, a few hundred bytes.
const ENVELOPE = 64 * 1024;
// Past the limit the rest is read and discarded, so the client gets its 413 instead of a reset,
// but only this much more: a sender that keeps going loses the connection.
const DISCARD = 1024 * 1024;

class TooLarge extends Error {}
class BadForm extends Error {}

interface Received {
  filename: string;
  data: Buffer;
  sha256: string;
}

/** Streams the one part named `file` into memory, hashing it on the way; at most `max` bytes. */
function receive(req: Request, max: number): Promise<Received | null> {
  return new Promise((resolve, reject) => {
    let form: busboy.Busboy;
    try {
      form = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy stops at the limit itself: one byte more tells "exactly max" from "more than max".
        limits: { fileSize: max + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
      });
    } catch (err) {
      reject(new BadForm((err as Error).message));
      return;
    }
    let received: Received | null = null;
    let tooLarge = false;
    let read = 0;
    req.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > max + ENVELOPE + DISCARD) req.destroy();
    });
    form.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        chunks.push(chunk);
      });
      stream.on('limit', () => {
        tooLarge = true;
        chunks.length = 0;
        stream.resume();
      });
      stream.on('end', () => {
        if (tooLarge) return;
        const data = Buffer.concat(chunks);
        if (data.length > max) {
          tooLarge = true;
          return;
        }
        const filename = (info.filename ?? 'upload').slice(0, 255);
        received = { filename, data, sha256: hash.digest('hex') };
      });
    });
    form.on('error', (err) => reject(new BadForm((err as Error).message)));
    form.on('close', () => (tooLarge ? reject(new TooLarge()) : resolve(received)));
    req.on('aborted', () => reject(new BadForm('the upload was interrupted')));
    req.pipe(form);
  });
}

/**
 * POST /uploads: one file as multipart/form-data (field `file`), for a mutation to take by id
 * (createDraft's uploadId) — large files stay off the GraphQL JSON path. Answers 201
 * `{ id, size, sha256, filename, expiresAt }`; errors are JSON `{ code, message }`.
 *
 * Authenticated by the Authorization: Bearer header, as /graphql is. That header is also its
 * CSRF defence: sessions live in no cookie, and a cross-site form cannot set a header, so a
 * "simple" multipart POST from another site arrives without a session and gets 401.
 */
export function uploadRoute(services: Services) {
  return async (req: Request, res: Response) => {
    const fail = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
      // Whatever of the body is unread is not worth reading: close the connection after answering.
      if (!req.complete) res.setHeader('connection', 'close');
      res.status(status).json({ code, message, ...extra });
    };
    const max = services.config.uploadMaxBytes;
    const megabytes = Math.floor(max / (1024 * 1024));
    const tooLarge = () =>
      fail(
        413,
        'BAD_USER_INPUT',
        `文件超过 ${megabytes} MB 的上限 / The file is larger than the ${megabytes} MB limit for uploads.`,
        { reason: 'TOO_LARGE', limitBytes: max },
      );

    const session = await authenticate(services, req.headers.authorization ?? '');
    if (!session) return fail(401, 'UNAUTHENTICATED', 'Sign in first.');
    if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
      return fail(415, 'BAD_USER_INPUT', 'Send the file as multipart/form-data, in a field named file.');
    }
    if (Number(req.headers['content-length'] ?? 0) > max + ENVELOPE) return tooLarge();
    const now = services.clock.wallNow();
    if (!(await mayUpload(services.ds.manager, session.actor.id, now))) {
      return fail(
        429,
        'RATE_LIMITED',
        `You have ${MAX_PENDING_UPLOADS} uploads not yet used; use them or wait until they expire (${UPLOAD_TTL_MINUTES} minutes).`,
      );
    }

    let file: Received | null;
    try {
      file = await receive(req, max);
    } catch (err) {
      if (err instanceof TooLarge) return tooLarge();
      if (err instanceof BadForm) return fail(400, 'BAD_USER_INPUT', `The upload could not be read: ${err.message}`);
      throw err;
    }
    if (!file) return fail(400, 'BAD_USER_INPUT', 'No file: send it in a multipart field named file.');
    const upload = await saveUpload(services.ds.manager, { personId: session.actor.id, ...file }, now);
    res.status(201).json({
      id: upload.id,
      size: upload.size,
      sha256: upload.sha256,
      filename: upload.filename,
      expiresAt: upload.expiresAt.toISOString(),
    });
  };
}
