import { auditLogXlsx } from '@gongbian/documents';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../auth/policy.js';
import { can } from '../../auth/policy.js';
import type { Clock } from '../../clock.js';
import { forbidden } from '../../errors.js';
import { CONTENT_TYPES, type Exporter } from '../../exports/export-link.js';
import type { Refusal } from '../../refusals.js';
import { AuditEntryView } from './audit.entity.js';

export interface AuditFilter {
  personId?: string | null;
  kind?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The most rows one export holds; narrow the filter for more. */
export const MAX_EXPORT_ROWS = 50_000;

export const READ_REFUSED: Refusal = {
  reason: 'AUDIT_ADMIN_ONLY',
  message: 'Only an administrator may read the audit log.',
};

/** A programme's audit entries that match the filter, as a query to page or to export. */
export function auditQuery(ds: DataSource, programId: string, filter: AuditFilter): SelectQueryBuilder<AuditEntryView> {
  const q = ds.getRepository(AuditEntryView).createQueryBuilder('a').where('a.program_id = :programId', { programId });
  if (filter.personId) q.andWhere('a.person_id = :personId', { personId: filter.personId });
  if (filter.kind) q.andWhere('a.kind = :kind', { kind: filter.kind });
  if (filter.from) q.andWhere('a.at >= :from', { from: filter.from });
  if (filter.to) q.andWhere('a.at < :to', { to: filter.to });
  return q;
}

/** The filter as stored with a download link (JSON strings) and back. */
export const storedFilter = (f: AuditFilter): Record<string, string> =>
  Object.fromEntries(
    Object.entries(f)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)]),
  );

const fromStored = (f: Record<string, string> | null): AuditFilter => ({
  personId: f?.personId ?? null,
  kind: f?.kind ?? null,
  from: f?.from ? new Date(f.from) : null,
  to: f?.to ? new Date(f.to) : null,
});

/** The audit log as .xlsx, for the export link (checked again: the reader must still be an administrator). */
export async function auditLogFile(
  ds: DataSource,
  programId: string,
  stored: Record<string, string> | null,
  viewer: Actor,
  clock: Clock,
) {
  if (!can(viewer, 'audit.read', { type: 'program', programId })) throw forbidden(READ_REFUSED);
  const filter = fromStored(stored);
  const rows = await auditQuery(ds, programId, filter)
    .orderBy('a.at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .take(MAX_EXPORT_ROWS)
    .getMany();
  const personIds = [...new Set(rows.map((r) => r.personId).filter((id): id is string => id !== null))];
  const people: { id: string; name: string }[] = personIds.length
    ? await ds.query('SELECT id, name FROM person WHERE id = ANY($1::uuid[])', [personIds])
    : [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  const [program]: { name: string }[] = await ds.query('SELECT name FROM program WHERE id = $1', [programId]);
  const words = [
    filter.personId ? `人员 ${names.get(filter.personId) ?? filter.personId}` : null,
    filter.kind ? `类型 ${filter.kind}` : null,
    filter.from ? `自 ${filter.from.toISOString()}` : null,
    filter.to ? `至 ${filter.to.toISOString()}` : null,
  ].filter(Boolean);
  const body = await auditLogXlsx(
    {
      programName: program?.name ?? '',
      filter: words.length ? words.join('，') : '全部',
      generatedAt: clock.wallNow(),
    },
    rows.map((r) => ({
      at: r.at,
      kind: r.kind,
      actor: r.personId ? (names.get(r.personId) ?? null) : null,
      summary: r.summary,
      email: r.email,
      address: r.address,
      userAgent: r.userAgent,
    })),
  );
  return {
    body,
    filename: `${program?.name ?? ''}审计日志.xlsx`,
    contentType: CONTENT_TYPES.XLSX,
  };
}

/** The audit log (.xlsx) with the filter it was asked with, if the holder may still read it. */
export const auditLogExporter: Exporter<'audit'> = (services, target, _format, actor) =>
  auditLogFile(services.ds, target.programId, target.filter, actor, services.clock);
