import type { Request, Response } from 'express';
import { Field, ObjectType } from 'type-graphql';
import { authenticate } from '../auth/authenticate.js';
import type { Actor } from '../auth/policy.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { ExportFormat } from '../domain.js';
import type { Context, Services } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { ExportLinkEntity } from './export-link.entity.js';

export const EXPORT_LINK_MINUTES = 5;

/** The media type of each export format. */
export const CONTENT_TYPES: Record<ExportFormat, string> = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const PROGRAMME_REPORT = 'programmeReport';
// The 规划指标衔接表 is kept beside the audit log's filter too, under a key no filter has.
const ALIGNMENT_TABLE = 'alignmentTable';

@ObjectType('Export')
export class Export {
  @Field(() => String) url: string;
  @Field(() => String) filename: string;
  @Field(() => DateTimeScalar) expiresAt: Date;
  format: ExportFormat;
}

/**
 * What a link downloads: a draft's opinion table, a meeting's record, a programme's audit log, or
 * one of a programme's lists and reports (附件1, 附件2, 进度报告; `report` names which), or its 规划指标衔接表.
 */
export type ExportTarget =
  | { kind: 'draft'; draftId: string }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'audit'; programId: string; filter: Record<string, string> }
  | { kind: 'programme'; programId: string; report: string }
  | { kind: 'alignment'; programId: string };

export interface ExportFile {
  body: Uint8Array;
  filename: string;
  contentType: string;
}

/**
 * Builds the file of one kind of target, now, for the person who holds the link — each module
 * contributes the makers of its own files (modules/index.ts), so this mechanism knows none of them.
 */
export type Exporter<K extends ExportTarget['kind'] = ExportTarget['kind']> = (
  services: Services,
  target: Extract<ExportTarget, { kind: K }>,
  format: ExportFormat,
  actor: Actor,
) => Promise<ExportFile>;

export type Exporters = { [K in ExportTarget['kind']]?: Exporter<K> };

/** A download link for `personId` alone, valid for a few minutes; only its hash is stored. */
export async function createExportLink(
  ctx: Pick<Context, 'ds' | 'clock'>,
  personId: string,
  target: ExportTarget,
  format: ExportFormat,
  filename: string,
): Promise<Export> {
  const token = newToken();
  const expiresAt = new Date(ctx.clock.wallNow().getTime() + EXPORT_LINK_MINUTES * 60_000);
  await ctx.ds.getRepository(ExportLinkEntity).insert({
    tokenHash: hashToken(token),
    personId,
    draftId: target.kind === 'draft' ? target.draftId : null,
    meetingId: target.kind === 'meeting' ? target.meetingId : null,
    programId: 'programId' in target ? target.programId : null,
    // A programme's report is kept beside the audit log's filter, under a key no filter has.
    filter:
      target.kind === 'audit'
        ? target.filter
        : target.kind === 'programme'
          ? { [PROGRAMME_REPORT]: target.report }
          : target.kind === 'alignment'
            ? { [ALIGNMENT_TABLE]: 'yes' }
            : null,
    format,
    expiresAt,
  });
  return Object.assign(new Export(), { url: `/exports/${token}`, filename, expiresAt, format });
}

function targetOf(link: ExportLinkEntity): ExportTarget {
  if (link.meetingId) return { kind: 'meeting', meetingId: link.meetingId };
  const report = link.filter?.[PROGRAMME_REPORT];
  if (link.programId && report) return { kind: 'programme', programId: link.programId, report };
  if (link.programId && link.filter?.[ALIGNMENT_TABLE]) return { kind: 'alignment', programId: link.programId };
  if (link.programId) return { kind: 'audit', programId: link.programId, filter: link.filter ?? {} };
  return { kind: 'draft', draftId: link.draftId as string };
}

/**
 * GET /exports/:token with the same person's Authorization header: the file, built now from the
 * current data. 401 without a session, 403 for someone else's link, 410 once it has expired.
 */
export function exportRoute(services: Services, exporters: Exporters) {
  return async (req: Request, res: Response) => {
    const session = await authenticate(services, req.headers.authorization ?? '');
    if (!session) {
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Sign in first.' });
      return;
    }
    const link = await services.ds
      .getRepository(ExportLinkEntity)
      .findOneBy({ tokenHash: hashToken(String(req.params.token)) });
    if (!link) {
      res.status(404).json({ code: 'NOT_FOUND', message: 'No such download link.' });
      return;
    }
    if (link.personId !== session.actor.id) {
      res.status(403).json({ code: 'FORBIDDEN', message: 'This download link belongs to someone else.' });
      return;
    }
    if (link.expiresAt <= services.clock.wallNow()) {
      res.status(410).json({ code: 'NOT_FOUND', message: 'This download link has expired; ask for the table again.' });
      return;
    }
    const target = targetOf(link);
    const make = exporters[target.kind] as Exporter | undefined;
    if (!make) throw new Error(`no exporter for ${target.kind}`);
    const file = await make(services, target, link.format, session.actor);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.setHeader('cache-control', 'no-store');
    res.send(Buffer.from(file.body));
  };
}
