import { type ProgrammeDocument, programmeDocx, programmeXlsx } from '@gongbian/documents';
import type { RequestHandler } from 'express';
import type { ExportFormat } from '../../domain.js';
import { THREAD_STATUS_ZH } from '../../domain.js';
import { CONTENT_TYPES } from '../../exports/export-link.js';
import type { Services } from '../../graphql/context.js';
import { callerOf } from '../../graphql/context.js';
import type { PublicSummary } from './consultation.types.js';
import { IDENTITY_ZH } from './consultation.vocabulary.js';
import { publicSummaryOf } from './public-read.js';

const STATE_ZH = { SCHEDULED: '未开始', OPEN: '征求意见中', CLOSED: '已结束' } as const;

/** The public summary as an official document: what was received, and each accepted opinion with its answer. */
export function summaryDocument(s: PublicSummary, now: Date): ProgrammeDocument {
  return {
    title: `《${s.planTitle}》公开征求意见情况`,
    subtitle: `${s.title}（${STATE_ZH[s.state]}）`,
    generatedAt: now,
    tables: [
      {
        heading: '一、总体情况',
        sheet: '总体情况',
        columns: ['项目', '条数'],
        widths: [3, 1],
        centred: [1],
        rows: [
          ['收到意见', String(s.received)],
          ['采纳为意见并交牵头单位办理', String(s.accepted)],
          ...s.byDisposition.map((r) => [`其中：${THREAD_STATUS_ZH[r.status]}`, String(r.count)]),
        ],
      },
      {
        heading: '二、意见办理情况',
        sheet: '意见办理情况',
        columns: ['序号', '涉及内容', '意见', '提出者', '办理情况', '答复'],
        widths: [1, 4, 6, 2, 2, 5],
        centred: [0, 3, 4],
        rows: s.opinions.map((o, i) => [
          String(i + 1),
          o.quote ?? '全文',
          o.body,
          IDENTITY_ZH[o.identity],
          THREAD_STATUS_ZH[o.status],
          o.answer ?? '',
        ]),
        empty: '暂无采纳的意见',
      },
    ],
  };
}

/**
 * GET /public-api/consultations/:slug/summary.docx|.xlsx — the public summary for anyone, as
 * Word or Excel: no name or contact, as the page. Counted against the caller's address like any
 * request without a session; never cached (the answers change until the round's work is done).
 */
export function publicSummaryFileRoute(services: Services): RequestHandler {
  return async (req, res, next) => {
    try {
      const format: ExportFormat | null =
        req.params.ext === 'docx' ? 'DOCX' : req.params.ext === 'xlsx' ? 'XLSX' : null;
      const slug = String(req.params.slug ?? '');
      await services.limits.anonymousCall(callerOf(req).address);
      const summary = format && /^[a-z0-9]{1,64}$/.test(slug) ? await publicSummaryOf(services, slug) : null;
      if (!format || !summary) {
        res.status(404).json({ error: 'NOT_FOUND', message: 'No public consultation is open at this address.' });
        return;
      }
      const doc = summaryDocument(summary, services.clock.now());
      const body = format === 'DOCX' ? await programmeDocx(doc) : await programmeXlsx(doc);
      const filename = `${doc.title}.${format.toLowerCase()}`;
      res.setHeader('content-type', CONTENT_TYPES[format]);
      res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
      res.setHeader('cache-control', 'no-store');
      res.send(Buffer.from(body));
    } catch (err) {
      next(err);
    }
  };
}
