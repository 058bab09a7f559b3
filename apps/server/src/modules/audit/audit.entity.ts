import { ViewColumn, ViewEntity } from 'typeorm';

/**
 * The audit log as one list: a programme's events and the sign-ins of its people, newest first.
 * Both tables are append-only (migration AuditLog1795981000000), so neither can be rewritten
 * behind this view. Sign-ins of unknown emails belong to no programme and are not listed here.
 */
@ViewEntity({
  name: 'audit_entry',
  expression: `
    SELECT 'event:' || e.id AS id, e.program_id, e.at, e.kind, e.actor_id AS person_id, e.subject_id,
           e.summary, NULL::text AS email, NULL::text AS address, NULL::text AS user_agent
      FROM event e
    UNION ALL
    SELECT 'sign_in:' || s.id, s.program_id, s.at,
           CASE s.outcome WHEN 'SUCCEEDED' THEN 'signIn.succeeded' WHEN 'FAILED' THEN 'signIn.failed'
                          ELSE 'signIn.rateLimited' END,
           s.person_id, s.person_id::text, '', s.email, s.address, s.user_agent
      FROM sign_in s
     WHERE s.program_id IS NOT NULL`,
})
export class AuditEntryView {
  @ViewColumn() id: string;
  @ViewColumn({ name: 'program_id' }) programId: string;
  @ViewColumn() at: Date;
  @ViewColumn() kind: string;
  @ViewColumn({ name: 'person_id' }) personId: string | null;
  @ViewColumn({ name: 'subject_id' }) subjectId: string;
  @ViewColumn() summary: string;
  @ViewColumn() email: string | null;
  @ViewColumn() address: string | null;
  @ViewColumn({ name: 'user_agent' }) userAgent: string | null;
}
