import type { Request, Response } from 'express';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { authorize } from '../../auth/authorize.js';
import { authenticate } from '../../auth/session.service.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { ExportFormat } from '../../domain.js';
import type { Context, Services } from '../../graphql/context.js';
import { ExportFormatEnum } from '../../graphql/enums.js';
import { auditLogFile } from '../audit/audit.service.js';
import { meetingRecordFile } from '../meeting/meeting-record.js';
import { PlanEntity } from '../plan/plan.entity.js';
import { DraftEntity } from './draft.entity.js';
import { readableDraft } from './draft.resolver.js';
import { Export } from './draft.types.js';
import { ExportLinkEntity } from './export.entity.js';
import { opinionTableFile } from './opinion-table.js';

export const EXPORT_LINK_MINUTES = 5;

@Resolver()
export class ExportResolver {
  @Query(() => Export, {
    description: '意见采纳情况表 of a draft: a link, valid for a few minutes and only for the person who asked.',
  })
  async dispositionTable(
    @Arg('draftId', () => ID) draftId: string,
    @Arg('format', () => ExportFormatEnum) format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<Export> {
    const draft = await readableDraft(ctx, draftId);
    const plan = await ctx.ds.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
    const actor = authorize(
      ctx,
      'draft.export',
      { type: 'draft', programId: draft.programId, stage: draft.stage, leadUnitId: plan.leadUnitId },
      'Only the working group, the leading group and the plan’s lead unit may export its opinion table.',
    );
    const ext = format === 'DOCX' ? 'docx' : 'xlsx';
    return createExportLink(ctx, actor.id, { draftId, format }, `《${plan.title}》意见采纳情况表.${ext}`);
  }
}

/** A download link for `personId` alone, valid for a few minutes; only its hash is stored. */
export async function createExportLink(
  ctx: Context,
  personId: string,
  target: {
    draftId?: string;
    meetingId?: string;
    audit?: { programId: string; filter: Record<string, string> };
    format: ExportFormat;
  },
  filename: string,
): Promise<Export> {
  const token = newToken();
  const expiresAt = new Date(ctx.clock.wallNow().getTime() + EXPORT_LINK_MINUTES * 60_000);
  await ctx.ds.getRepository(ExportLinkEntity).insert({
    tokenHash: hashToken(token),
    personId,
    draftId: target.draftId ?? null,
    meetingId: target.meetingId ?? null,
    programId: target.audit?.programId ?? null,
    filter: target.audit?.filter ?? null,
    format: target.format,
    expiresAt,
  });
  return Object.assign(new Export(), { url: `/exports/${token}`, filename, expiresAt, format: target.format });
}

/**
 * GET /exports/:token with the same person's Authorization header: the file, built now from the
 * current threads. 401 without a session, 403 for someone else's link, 410 once it has expired.
 */
export function exportRoute(services: Services) {
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
    let file: { body: Uint8Array; filename: string; contentType: string };
    if (link.meetingId) {
      file = await meetingRecordFile(services.ds.manager, link.meetingId, session.actor, services.clock);
    } else if (link.programId) {
      file = await auditLogFile(services.ds, link.programId, link.filter, session.actor, services.clock);
    } else {
      const draft = await services.ds.getRepository(DraftEntity).findOneByOrFail({ id: link.draftId as string });
      const plan = await services.ds.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
      file = await opinionTableFile(services.ds.manager, draft, plan.title, link.format, session.actor, services.clock);
    }
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.setHeader('cache-control', 'no-store');
    res.send(Buffer.from(file.body));
  };
}
