import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { authorize } from '../../auth/authorize.js';
import { createExportLink, Export } from '../../exports/export-link.js';
import { keysetPage } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Person, personLoader } from '../person/index.js';
import { auditQuery, READ_REFUSED, storedFilter } from './audit.service.js';
import { AuditEntry, AuditEntryConnection, AuditLogFilter } from './audit.types.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'The audit log of a programme, newest first: its events and its people’s sign-ins. Administrators only; the log cannot be changed.',
  })
  async auditLog(
    @Arg('programId', () => ID) programId: string,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    authorize(ctx, 'audit.read', { type: 'program', programId }, READ_REFUSED);
    return keysetPage(auditQuery(ctx.ds, programId, filter ?? {}), {
      alias: 'a',
      column: 'at',
      key: (a) => a.at,
      direction: 'DESC',
      first,
      after,
      node: AuditEntry.from,
      defaultSize: 50,
      maxSize: 500,
    });
  }

  @Query(() => Export, {
    description:
      'The audit log (with the same filter) as .xlsx: a link for a few minutes, for the administrator who asked.',
  })
  async auditLogExport(
    @Arg('programId', () => ID) programId: string,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Export> {
    const actor = authorize(ctx, 'audit.read', { type: 'program', programId }, READ_REFUSED);
    return createExportLink(
      ctx,
      actor.id,
      { kind: 'audit', programId, filter: storedFilter(filter ?? {}) },
      'XLSX',
      '审计日志.xlsx',
    );
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who acted (for a sign-in, whose account it was).' })
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<Person | null> {
    return entry.personId ? personLoader(ctx).load(entry.personId) : null;
  }
}
