import { type EntityManager, LessThanOrEqual } from 'typeorm';
import { badInput, DomainError } from '../../errors.js';
import { UploadEntity } from './upload.entity.js';

/** How long an upload waits for the mutation that uses it. */
export const UPLOAD_TTL_MINUTES = 60;
/** Unused uploads one person may have at a time: the web app uploads only when publishing. */
export const MAX_PENDING_UPLOADS = 10;

export interface NewUpload {
  personId: string;
  filename: string;
  data: Buffer;
  sha256: string;
}

/** Drops everyone's expired uploads, then says whether this person may store another. */
export async function mayUpload(m: EntityManager, personId: string, now: Date): Promise<boolean> {
  await m.getRepository(UploadEntity).delete({ expiresAt: LessThanOrEqual(now) });
  return (await m.getRepository(UploadEntity).countBy({ personId })) < MAX_PENDING_UPLOADS;
}

export async function saveUpload(m: EntityManager, upload: NewUpload, now: Date): Promise<UploadEntity> {
  return m.getRepository(UploadEntity).save({
    ...upload,
    size: upload.data.length,
    expiresAt: new Date(now.getTime() + UPLOAD_TTL_MINUTES * 60_000),
  });
}

const missing = (id: string) =>
  new DomainError(
    'NOT_FOUND',
    {
      reason: 'UPLOAD_NOT_FOUND',
      message: `No upload with id ${id}: an upload serves one draft, for the person who sent it, within ${UPLOAD_TTL_MINUTES} minutes.`,
      facts: { minutes: UPLOAD_TTL_MINUTES },
    },
    { id, field: 'input.uploadId' },
  );

/** The person's own, unexpired upload; anyone else's is NOT_FOUND, as if it did not exist. */
export async function readUpload(m: EntityManager, id: string, personId: string, now: Date): Promise<UploadEntity> {
  const upload = await m.getRepository(UploadEntity).findOneBy({ id, personId });
  if (!upload) throw missing(id);
  if (upload.expiresAt <= now) {
    throw badInput('input.uploadId', {
      reason: 'UPLOAD_EXPIRED',
      message: `this upload has expired (uploads are kept ${UPLOAD_TTL_MINUTES} minutes); send the file again.`,
      facts: { minutes: UPLOAD_TTL_MINUTES },
    });
  }
  return upload;
}

/**
 * Uses the upload up, in the transaction of the write that took it: if that write fails, the
 * upload stays for a retry; if two writes race for it, the second finds it gone.
 */
export async function consumeUpload(m: EntityManager, id: string, personId: string): Promise<void> {
  const { affected } = await m.getRepository(UploadEntity).delete({ id, personId });
  if (!affected) throw missing(id);
}
