import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import { THREAD_STATUSES, type ThreadStatus } from '../../domain.js';
import type { EventTailer } from '../../realtime/event-log.js';
import { blocksOf, DraftEntity, toBlock } from '../draft/index.js';
import { PlanEntity } from '../plan/index.js';
import { PublicConsultationEntity } from './consultation.entity.js';
import { PublicDraftView, PublicSummary, PublicSummaryOpinion, PublicSummaryRow } from './consultation.types.js';
import { consultationState, type PublicIdentity } from './consultation.vocabulary.js';

/** A public draft as served: the view, its JSON (also compressed, once) and the JSON's ETag. */
export interface Snapshot {
  view: PublicDraftView;
  json: string;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

const gzipAsync = promisify(zlib.gzip);
const brotliAsync = promisify(zlib.brotliCompress);

/**
 * The drafts under public consultation as anyone reads them, kept in memory: each is read from the
 * database once per round, state and day, then served to every reader (GraphQL's publicDraft and
 * GET /public-api/consultations/:slug alike) without a statement. A round opened or closed on any
 * replica reaches this one through the log and drops what was kept; so does a new day (a round
 * opening or ending on its date).
 */
export class PublicSnapshots {
  private readonly kept = new Map<string, Promise<Snapshot | null>>();
  /** The programme's day what is kept was read on: a new day starts afresh. */
  private day = '';
  private unhear: (() => void) | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Follows the log: a round's events drop what is kept of it. */
  start(tailer: EventTailer): void {
    this.unhear = tailer.on((e) => {
      if (e.kind === 'consultation.opened' || e.kind === 'consultation.closed') this.kept.clear();
    });
  }

  stop(): void {
    this.unhear?.();
    this.kept.clear();
  }

  /** The round's public draft; null when there is no such round or it has not opened. */
  get(slug: string): Promise<Snapshot | null> {
    const today = this.clock.today();
    if (today !== this.day) {
      this.kept.clear();
      this.day = today;
    }
    const key = slug;
    let s = this.kept.get(key);
    if (!s) {
      s = this.read(slug);
      // Slugs that do not exist are not kept: a stranger could fill memory with them.
      s.then((v) => (v ? undefined : this.kept.delete(key))).catch(() => this.kept.delete(key));
      this.kept.set(key, s);
    }
    return s;
  }

  private async read(slug: string): Promise<Snapshot | null> {
    const c = await this.ds.getRepository(PublicConsultationEntity).findOneBy({ slug });
    if (!c) return null;
    const state = consultationState(c, this.clock.today());
    if (state === 'SCHEDULED') return null;
    const draft = await this.ds.getRepository(DraftEntity).findOneByOrFail({ id: c.draftId });
    const plan = await this.ds.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
    const view = Object.assign(new PublicDraftView(), {
      slug: c.slug,
      title: draft.title,
      planTitle: plan.title,
      intro: c.intro,
      opensOn: c.opensOn,
      closesOn: c.closesOn,
      state,
      blocks: (await blocksOf(this.ds.manager, draft.id)).map(toBlock),
    });
    const json = JSON.stringify(view);
    // Compressed here, once per round and day, rather than by the middleware on every view.
    const [gzip, brotli] = await Promise.all([
      gzipAsync(json, { level: 9 }),
      brotliAsync(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    ]);
    return {
      view,
      json,
      gzip,
      brotli,
      etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
    };
  }
}

declare module '../../graphql/context.js' {
  interface Services {
    /** The public drafts, kept in memory (this module); started and stopped with the app. */
    publicSnapshots: PublicSnapshots;
  }
}

/** The public draft of a round, for anyone (GraphQL's publicDraft). */
export async function publicDraftView(
  ctx: { publicSnapshots: PublicSnapshots },
  slug: string,
): Promise<PublicDraftView | null> {
  return (await ctx.publicSnapshots.get(slug))?.view ?? null;
}

/** What became of a round's opinions, for anyone: counts, and the accepted ones with their answers. */
export async function publicSummaryOf(
  ctx: { ds: DataSource; clock: Clock },
  slug: string,
): Promise<PublicSummary | null> {
  const c = await ctx.ds.getRepository(PublicConsultationEntity).findOneBy({ slug });
  if (!c) return null;
  const state = consultationState(c, ctx.clock.today());
  if (state === 'SCHEDULED') return null;
  const [facts]: { title: string; plan_title: string; received: number }[] = await ctx.ds.query(
    `SELECT d.title, p.title AS plan_title,
            (SELECT count(*)::int FROM public_opinion o WHERE o.consultation_id = $1) AS received
       FROM draft d JOIN plan p ON p.id = d.plan_id WHERE d.id = $2`,
    [c.id, c.draftId],
  );
  const accepted: {
    quote: string | null;
    body: string;
    identity: PublicIdentity;
    status: ThreadStatus;
    answer: string | null;
  }[] = await ctx.ds.query(
    `SELECT o.quote, o.body, o.identity, t.status, t.disposition_reason AS answer
         FROM public_opinion o JOIN thread t ON t.id = o.thread_id
        WHERE o.consultation_id = $1 AND o.status = 'ACCEPTED'
        ORDER BY o.submitted_at, o.id`,
    [c.id],
  );
  return Object.assign(new PublicSummary(), {
    slug: c.slug,
    title: facts?.title ?? '',
    planTitle: facts?.plan_title ?? '',
    state,
    received: facts?.received ?? 0,
    accepted: accepted.length,
    byDisposition: THREAD_STATUSES.map((status) =>
      Object.assign(new PublicSummaryRow(), { status, count: accepted.filter((a) => a.status === status).length }),
    ).filter((r) => r.count > 0),
    opinions: accepted.map((a) => Object.assign(new PublicSummaryOpinion(), a)),
  });
}
