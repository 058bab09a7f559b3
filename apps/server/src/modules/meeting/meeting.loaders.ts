import { In } from 'typeorm';
import type { GroupKind } from '../../domain.js';
import { byKey, defineLoader, rowFromJson } from '../../graphql/loaders.js';
import { DraftEntity } from '../draft/index.js';
import { PersonEntity } from '../person/index.js';
import { PlanEntity } from '../plan/index.js';
import { ActionItemEntity, MeetingEntity } from './meeting.entity.js';
import { Meeting } from './meeting.types.js';

/** Meetings by id, batched per request: the meeting of each action item or opinion on a page. */
export const meetingLoader = defineLoader<string, Meeting | null>(async (ds, ids) => {
  const rows = await ds.getRepository(MeetingEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows.map(Meeting.from), (m) => m.id);
});

/** A meeting with what it shows beside itself: the plans it concerned, who attended, its action items. */
export interface MeetingParts {
  /** Null: no such meeting. */
  meeting: MeetingEntity | null;
  /** In the plans' order. */
  plans: PlanEntity[];
  attendees: PersonEntity[];
  /** The attendees' groups (memberships), by person: the policy reads them as it reads a role. */
  attendeeGroups: Record<string, GroupKind[]>;
  /** Oldest first. */
  actionItems: ActionItemEntity[];
}

type Json = Record<string, unknown>;

/**
 * Every meeting on a page with its parts, in one statement: a meeting's page reads its row here
 * too, rather than once to check who may see it and again for the rest.
 */
export const meetingParts = defineLoader<string, MeetingParts>(async (ds, ids) => {
  const rows: {
    id: string;
    meeting: Json;
    plans: Json[];
    attendees: Json[];
    groups: Record<string, GroupKind[]>;
    items: Json[];
  }[] = await ds.query(
    `SELECT m.id, to_jsonb(m) AS meeting,
            (SELECT coalesce(json_agg(to_jsonb(p) ORDER BY p.sort_order), '[]') FROM meeting_plan mp
               JOIN plan p ON p.id = mp.plan_id WHERE mp.meeting_id = m.id) AS plans,
            (SELECT coalesce(json_agg(to_jsonb(pe)), '[]') FROM meeting_attendee ma
               JOIN person pe ON pe.id = ma.person_id WHERE ma.meeting_id = m.id) AS attendees,
            (SELECT coalesce(json_object_agg(g.person_id, g.kinds), '{}') FROM (
               SELECT ms.person_id, array_agg(ms.group_kind ORDER BY ms.group_kind) AS kinds
                 FROM meeting_attendee ma JOIN membership ms ON ms.person_id = ma.person_id
                WHERE ma.meeting_id = m.id GROUP BY ms.person_id) g) AS groups,
            (SELECT coalesce(json_agg(to_jsonb(a) ORDER BY a.created_at), '[]') FROM action_item a
              WHERE a.meeting_id = m.id) AS items
       FROM meeting m WHERE m.id = ANY($1::uuid[])`,
    [[...ids]],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return {
      meeting: r ? rowFromJson(ds, MeetingEntity, r.meeting) : null,
      plans: (r?.plans ?? []).map((j) => rowFromJson(ds, PlanEntity, j)),
      attendees: (r?.attendees ?? []).map((j) => rowFromJson(ds, PersonEntity, j)),
      attendeeGroups: r?.groups ?? {},
      actionItems: (r?.items ?? []).map((j) => rowFromJson(ds, ActionItemEntity, j)),
    };
  });
});

/**
 * The newest draft of each plan an opinion from each meeting may be about (startThread's rule):
 * the plans it concerned, or — a meeting that names none — every plan of its programme.
 */
export const meetingDrafts = defineLoader<string, DraftEntity[]>(async (ds, ids) => {
  const rows: { meeting_id: string; d: Json }[] = await ds.query(
    `SELECT m.id AS meeting_id, to_jsonb(d) AS d
         FROM meeting m
         JOIN plan pl ON pl.program_id = m.program_id
          AND (NOT EXISTS (SELECT 1 FROM meeting_plan mp WHERE mp.meeting_id = m.id)
               OR EXISTS (SELECT 1 FROM meeting_plan mp WHERE mp.meeting_id = m.id AND mp.plan_id = pl.id))
         JOIN LATERAL (SELECT * FROM draft WHERE plan_id = pl.id ORDER BY version DESC LIMIT 1) d ON TRUE
        WHERE m.id = ANY($1::uuid[])`,
    [[...ids]],
  );
  return ids.map((id) => rows.filter((r) => r.meeting_id === id).map((r) => rowFromJson(ds, DraftEntity, r.d)));
});
