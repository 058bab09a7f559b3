import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { NEAR_DUPLICATE, signatureBands, signatureSimilarity, textSignature } from '@gongbian/anchoring';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { appendEvents, type Doorbell } from '../../realtime/event-log.js';
import { streams } from '../../realtime/streams.js';
import type { WriteScope } from '../../writes/write-scope.js';
import { DraftBlockEntity, DraftEntity, latestDraftId } from '../draft/index.js';
import { PlanEntity } from '../plan/index.js';
import { anchorColumns, checkedAnchor, startThread } from '../thread/index.js';
import { type ProofOfWork, spendChallenge } from './altcha.js';
import { PublicConsultationEntity, PublicOpinionEntity } from './consultation.entity.js';
import {
  consultationState,
  IDENTITY_ZH,
  type ModerationDecision,
  type PublicIdentity,
} from './consultation.vocabulary.js';

const DECISION_ZH: Record<ModerationDecision, string> = { ACCEPT: '采纳', REJECT: '不予采纳', DUPLICATE: '标为重复' };

/** A slug for the public address: 10 letters and digits, hard to guess before the round is announced. */
const newSlug = () => randomBytes(8).toString('base64url').replace(/[-_]/g, 'x').slice(0, 10).toLowerCase();

// Receipts avoid letters and digits that read alike (0/O, 1/I/L).
const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const newReceipt = () =>
  [0, 1, 2]
    .map(() => Array.from({ length: 4 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join(''))
    .join('-');

async function lockConsultation(m: EntityManager, id: string, programId: string) {
  const c = await m
    .getRepository(PublicConsultationEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!c || c.programId !== programId) throw notFound('consultation', id);
  return c;
}

export interface OpenConsultation {
  draftId: string;
  intro: string;
  opensOn: string;
  closesOn: string;
}

/** Opens a round of public consultation on the newest version of a plan, a 征求意见稿. */
export async function openConsultation(scope: WriteScope, clock: Clock, input: OpenConsultation) {
  const { m } = scope;
  const draft = await m.getRepository(DraftEntity).findOneBy({ id: input.draftId });
  if (!draft || draft.programId !== scope.actor.programId) throw notFound('draft', input.draftId);
  if (draft.stage !== 'CONSULTATION') {
    throw badInput('input.draftId', {
      reason: 'CONSULTATION_STAGE',
      message: `only a consultation draft can be put to the public; this one is at ${draft.stage}.`,
      facts: { stage: draft.stage },
    });
  }
  // The plan's row lock orders this against a new version being published meanwhile.
  await m.getRepository(PlanEntity).findOne({ where: { id: draft.planId }, lock: { mode: 'pessimistic_write' } });
  if ((await latestDraftId(m, draft.planId)) !== draft.id) {
    throw badInput('input.draftId', {
      reason: 'NEWER_VERSION_EXISTS',
      message: 'a newer version of this plan exists; consult on that one.',
    });
  }
  const intro = input.intro.trim();
  if (!intro) throw badInput('input.intro', { reason: 'EMPTY', message: 'must not be empty.' });
  if (input.closesOn < input.opensOn || input.closesOn < clock.today()) {
    throw badInput('input.closesOn', {
      reason: 'CONSULTATION_DATES',
      message: 'must be on or after the opening date and not in the past.',
    });
  }
  if (await m.getRepository(PublicConsultationEntity).existsBy({ draftId: draft.id })) {
    throw conflict({ reason: 'CONSULTATION_EXISTS', message: 'This draft already has a public consultation.' }, null);
  }
  const c = await m.getRepository(PublicConsultationEntity).save({
    programId: draft.programId,
    draftId: draft.id,
    slug: newSlug(),
    intro,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    closedAt: null,
    openedBy: scope.actor.id,
  });
  const plan = await m.getRepository(PlanEntity).findOneByOrFail({ id: draft.planId });
  await scope.emit({
    stream: streams.consultation(c.id),
    kind: 'consultation.opened',
    subjectId: c.id,
    summary: `${scope.actor.name} 就《${plan.title}》征求意见稿公开征求意见（${c.opensOn} 至 ${c.closesOn}）`,
    payload: { draftId: draft.id, slug: c.slug },
  });
  return { consultationId: c.id };
}

/** Closes a round before its date. */
export async function closeConsultation(scope: WriteScope, clock: Clock, id: string) {
  const c = await lockConsultation(scope.m, id, scope.actor.programId);
  if (consultationState(c, clock.today()) === 'CLOSED') {
    throw conflict(
      { reason: 'CONSULTATION_ALREADY_CLOSED', message: 'This consultation has already closed.' },
      { closesOn: c.closesOn },
    );
  }
  await scope.m.getRepository(PublicConsultationEntity).update({ id }, { closedAt: scope.now });
  await scope.emit({
    stream: streams.consultation(c.id),
    kind: 'consultation.closed',
    subjectId: c.id,
    summary: `${scope.actor.name} 结束了公开征求意见`,
    payload: { draftId: c.draftId, slug: c.slug },
  });
  return { consultationId: c.id };
}

export interface PublicSubmission {
  slug: string;
  anchor?: { blockId: string; start: number; end: number; quote: string } | null;
  body: string;
  authorName?: string | null;
  identity: PublicIdentity;
  contact?: string | null;
  challenge: string;
}

const PHONE = /^\+?[\d\s()-]{6,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who sends it and what it runs on: no person, only an address the rate limits count. */
export interface PublicSender {
  ds: DataSource;
  clock: Clock;
  doorbell: Doorbell;
  proofOfWork: ProofOfWork;
  limits: { publicOpinion(address: string, consultationId: string): Promise<void> };
  address: string;
}

/**
 * An opinion from anyone, without an account: checked (the round open, the passage in its draft,
 * the proof of work solved and not spent, the sender's address and the round within their rates),
 * then written with its event in one transaction before the receipt is returned. A repeat of the
 * same solved challenge with the same words (a retry after a lost answer) returns the first receipt.
 */
export async function submitPublicOpinion(s: PublicSender, input: PublicSubmission): Promise<{ receipt: string }> {
  const c = await s.ds.getRepository(PublicConsultationEntity).findOneBy({ slug: input.slug });
  if (!c) throw notFound('consultation', input.slug);
  const state = consultationState(c, s.clock.today());
  if (state !== 'OPEN') {
    throw badInput('input.slug', {
      reason: 'CONSULTATION_NOT_OPEN',
      message: `this consultation is not taking opinions (${state}).`,
      facts: { state },
    });
  }
  const body = input.body.trim();
  if (!body) throw badInput('input.body', { reason: 'EMPTY', message: 'must not be empty.' });
  const contact = input.contact?.trim() || null;
  if (contact && !PHONE.test(contact) && !EMAIL.test(contact)) {
    throw badInput('input.contact', { reason: 'CONTACT_FORMAT', message: 'give a phone number or an e-mail address.' });
  }
  let anchor: ReturnType<typeof checkedAnchor> | null = null;
  if (input.anchor) {
    const block = await s.ds
      .getRepository(DraftBlockEntity)
      .findOneBy({ draftId: c.draftId, blockId: input.anchor.blockId });
    anchor = checkedAnchor(block?.text ?? null, input.anchor);
  }
  const spent = await s.proofOfWork.verify(input.challenge);
  await s.limits.publicOpinion(s.address, c.id);
  const result = await s.ds.transaction(async (m) => {
    if (!(await spendChallenge(m, spent))) {
      const [first]: { receipt: string }[] = await m.query(
        `SELECT receipt FROM public_opinion WHERE challenge_signature = $1 AND consultation_id = $2 AND body = $3`,
        [spent.signature, c.id, body],
      );
      if (first) return { receipt: first.receipt, fresh: false };
      throw badInput('input.challenge', {
        reason: 'CHALLENGE_USED',
        message: 'this solved challenge was already used; solve a new one.',
      });
    }
    const receipt = await recordPublicOpinion(m, c, {
      anchor,
      body,
      authorName: input.authorName?.trim() || null,
      identity: input.identity,
      contact,
      challengeSignature: spent.signature,
      at: s.clock.now(),
    });
    return { receipt, fresh: true };
  });
  if (result.fresh) s.doorbell.ring();
  return { receipt: result.receipt };
}

/** An opinion from the public as it is kept: checked already, with its passage's anchor made. */
export interface PublicOpinionRecord {
  anchor: ReturnType<typeof checkedAnchor> | null;
  body: string;
  authorName: string | null;
  identity: PublicIdentity;
  contact: string | null;
  challengeSignature: string | null;
  at: Date;
}

/**
 * Writes an opinion from the public and its event (no actor) in the caller's transaction, and
 * returns its receipt. submitPublicOpinion calls it once all is checked; the demo seeds through it.
 */
export async function recordPublicOpinion(
  m: EntityManager,
  c: PublicConsultationEntity,
  o: PublicOpinionRecord,
): Promise<string> {
  const receipt = newReceipt();
  const id = randomUUID();
  const signature = textSignature(o.body);
  const bands = signatureBands(signature);
  const clusterId = (await nearDuplicateOf(m, c.id, signature, bands)) ?? id;
  await m.query(
    `INSERT INTO public_opinion (id, consultation_id, program_id, block_id, anchor_start, anchor_end, quote, prefix,
                                 suffix, body, author_name, identity, contact, receipt, challenge_signature,
                                 submitted_at, cluster_id, signature, bands)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      id,
      c.id,
      c.programId,
      ...anchorColumns(o.anchor),
      o.body,
      o.authorName,
      o.identity,
      o.contact,
      receipt,
      o.challengeSignature,
      o.at,
      clusterId,
      signature.map((h) => h | 0),
      bands,
    ],
  );

  await appendEvents(m, [
    {
      programId: c.programId,
      stream: streams.consultation(c.id),
      kind: 'public-opinion.submitted',
      subjectId: id,
      actorId: null,
      summary: `收到一条公众意见（${IDENTITY_ZH[o.identity]}）`,
      payload: { consultationId: c.id },
      at: o.at,
    },
  ]);
  return receipt;
}

/**
 * The near-duplicate group an arriving text joins: among the round's opinions sharing a band key
 * with it (at most 50, newest first), the group of the one most like it, if alike enough; null
 * when none is. Two twins arriving at the same instant may each start a group.
 */
async function nearDuplicateOf(
  m: EntityManager,
  consultationId: string,
  signature: number[],
  bands: number[],
): Promise<string | null> {
  const candidates: { cluster_id: string; signature: number[] }[] = await m.query(
    `SELECT cluster_id, signature FROM public_opinion
      WHERE bands && $2::int[] AND consultation_id = $1
      ORDER BY submitted_at DESC LIMIT 50`,
    [consultationId, bands],
  );
  const signed = signature.map((h) => h | 0);
  let best: { id: string; similarity: number } | null = null;
  for (const c of candidates) {
    const similarity = signatureSimilarity(signed, c.signature);
    if (similarity >= NEAR_DUPLICATE && (!best || similarity > best.similarity))
      best = { id: c.cluster_id, similarity };
  }
  return best?.id ?? null;
}

export interface Moderation {
  opinionId: string;
  decision: ModerationDecision;
  note?: string | null;
  duplicateOfId?: string | null;
  expectedVersion: number;
}

/** The name an accepted opinion's thread stands in: "人大代表 张三", or "公众（匿名）". */
export const senderLabel = (o: { identity: PublicIdentity; authorName: string | null }) =>
  o.authorName ? `${IDENTITY_ZH[o.identity]} ${o.authorName}` : `${IDENTITY_ZH[o.identity]}（匿名）`;

/**
 * The working group's decision on an opinion from the public: ACCEPT makes it a thread (source
 * PUBLIC, assigned to the plan's lead unit, in the sender's name); REJECT says why; DUPLICATE
 * names the opinion it repeats (the first of a chain). A stale expectedVersion is refused with
 * the current opinion; an accepted opinion is never decided again (its thread carries it on).
 */
export async function moderatePublicOpinion(scope: WriteScope, input: Moderation) {
  const { m } = scope;
  const o = await m
    .getRepository(PublicOpinionEntity)
    .findOne({ where: { id: input.opinionId }, lock: { mode: 'pessimistic_write' } });
  if (!o || o.programId !== scope.actor.programId) throw notFound('public opinion', input.opinionId);
  if (o.status === 'ACCEPTED') {
    throw conflict(
      { reason: 'OPINION_ALREADY_ACCEPTED', message: 'This opinion was accepted and became a thread.' },
      { status: o.status, version: o.version, threadId: o.threadId },
    );
  }
  if (o.version !== input.expectedVersion) {
    throw conflict(
      {
        reason: 'OPINION_CHANGED',
        message: `Someone else moderated this opinion meanwhile (now version ${o.version}).`,
        facts: { version: o.version },
      },
      { status: o.status, version: o.version, moderationNote: o.moderationNote },
    );
  }
  const c = await m.getRepository(PublicConsultationEntity).findOneByOrFail({ id: o.consultationId });
  const note = input.note?.trim() || null;
  const change: Partial<PublicOpinionEntity> = {
    moderationNote: note,
    duplicateOfId: null,
    threadId: null,
    moderatedBy: scope.actor.id,
    moderatedAt: scope.now,
    version: o.version + 1,
  };
  if (input.decision === 'REJECT') {
    if (!note)
      throw badInput('input.note', { reason: 'MODERATION_NOTE_REQUIRED', message: 'say why it is not taken up.' });
    change.status = 'REJECTED';
  } else if (input.decision === 'DUPLICATE') {
    change.status = 'DUPLICATE';
    change.duplicateOfId = await originalOf(m, o, input.duplicateOfId);
  } else {
    const { threadId } = await startThread(scope, {
      draftId: c.draftId,
      anchor:
        o.blockId && o.quote !== null && o.anchorStart !== null && o.anchorEnd !== null
          ? { blockId: o.blockId, start: o.anchorStart, end: o.anchorEnd, quote: o.quote }
          : null,
      body: o.body,
      source: 'PUBLIC',
      externalAuthor: senderLabel(o),
      // Sent while the round was open: its moderation may come after the draft's comment deadline.
      pastDeadline: true,
    });
    change.status = 'ACCEPTED';
    change.threadId = threadId;
  }
  await m.getRepository(PublicOpinionEntity).update({ id: o.id }, change);
  await scope.emit({
    stream: streams.consultation(c.id),
    kind: 'public-opinion.moderated',
    subjectId: o.id,
    summary: `${scope.actor.name} 审核了一条公众意见：${DECISION_ZH[input.decision]}`,
    payload: {
      consultationId: c.id,
      decision: input.decision,
      ...(change.threadId ? { threadId: change.threadId } : {}),
      ...(change.duplicateOfId ? { duplicateOfId: change.duplicateOfId } : {}),
    },
  });
  return { opinionId: o.id };
}

/** The opinion `o` repeats: the one named, or the first of the chain of duplicates it is in. */
export async function originalOf(m: EntityManager, o: PublicOpinionEntity, duplicateOfId: string | null | undefined) {
  if (!duplicateOfId) {
    throw badInput('input.duplicateOfId', { reason: 'DUPLICATE_OF_REQUIRED', message: 'name the opinion it repeats.' });
  }
  const root = await firstOfChain(m, o.consultationId, duplicateOfId);
  if (root === o.id) {
    throw badInput('input.duplicateOfId', {
      reason: 'DUPLICATE_OF_ITSELF',
      message: 'an opinion cannot repeat itself.',
    });
  }
  return root;
}

/** The first of the chain of duplicates opinion `id` is in: itself, if it repeats none. */
export async function firstOfChain(m: EntityManager, consultationId: string, id: string): Promise<string> {
  const seen = new Set<string>();
  for (let current = id; ; ) {
    const t = await m.getRepository(PublicOpinionEntity).findOneBy({ id: current });
    if (!t || t.consultationId !== consultationId) throw notFound('public opinion', current);
    seen.add(t.id);
    if (t.status !== 'DUPLICATE' || !t.duplicateOfId || seen.has(t.duplicateOfId)) return t.id;
    current = t.duplicateOfId;
  }
}

/**
 * Deletes the contacts of rounds closed more than `days` ago (个人信息保护法: kept no longer than
 * needed), and spent challenges past their expiry. Run periodically by every process; returns
 * how many contacts went.
 */
export async function purgePublicData(m: EntityManager, clock: Clock, days: number): Promise<number> {
  const cutoff = new Date(`${clock.today()}T00:00:00+08:00`);
  cutoff.setUTCDate(cutoff.getUTCDate() - days);
  const purged: unknown[] = await m.query(
    `UPDATE public_opinion o SET contact = NULL, contact_purged_at = now()
       FROM public_consultation c
      WHERE c.id = o.consultation_id AND o.contact IS NOT NULL
        AND coalesce(c.closed_at::date, c.closes_on) < $1::date
     RETURNING o.id`,
    [cutoff.toISOString().slice(0, 10)],
  );
  await m.query('DELETE FROM spent_challenge WHERE expires_at < now()');
  return purged.length;
}
