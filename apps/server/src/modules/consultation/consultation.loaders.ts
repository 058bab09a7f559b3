import { In } from 'typeorm';
import { byKey, defineLoader } from '../../graphql/loaders.js';
import { PublicConsultationEntity, PublicOpinionEntity } from './consultation.entity.js';

/** Each draft's round of public consultation, or null. */
export const consultationByDraft = defineLoader<string, PublicConsultationEntity | null>(async (ds, draftIds) => {
  const rows = await ds.getRepository(PublicConsultationEntity).find({ where: { draftId: In([...draftIds]) } });
  return byKey(draftIds, rows, (c) => c.draftId);
});

export interface OpinionCounts {
  received: number;
  pending: number;
  accepted: number;
  rejected: number;
  duplicate: number;
}

/** Each round's opinions, counted by moderation status. */
export const opinionCounts = defineLoader<string, OpinionCounts>(async (ds, ids) => {
  const rows: (OpinionCounts & { consultation_id: string })[] = await ds.query(
    `SELECT consultation_id, count(*)::int AS received,
            (count(*) FILTER (WHERE status = 'PENDING'))::int AS pending,
            (count(*) FILTER (WHERE status = 'ACCEPTED'))::int AS accepted,
            (count(*) FILTER (WHERE status = 'REJECTED'))::int AS rejected,
            (count(*) FILTER (WHERE status = 'DUPLICATE'))::int AS duplicate
       FROM public_opinion WHERE consultation_id = ANY($1::uuid[]) GROUP BY consultation_id`,
    [[...ids]],
  );
  const none: OpinionCounts = { received: 0, pending: 0, accepted: 0, rejected: 0, duplicate: 0 };
  return ids.map((id) => rows.find((r) => r.consultation_id === id) ?? none);
});

/** Rounds by id: every opinion of a page asks for its round, one statement for all. */
export const consultationById = defineLoader<string, PublicConsultationEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(PublicConsultationEntity).find({ where: { id: In([...ids]) } });
  return byKey(ids, rows, (c) => c.id);
});

/** Opinions by id (what a duplicate repeats), one statement for a page. */
export const opinionById = defineLoader<string, PublicOpinionEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(PublicOpinionEntity).find({ where: { id: In([...ids]) } });
  return byKey(ids, rows, (o) => o.id);
});
