import type { MigrationInterface, QueryRunner } from 'typeorm';

// The view's text, as modules/audit/audit.entity.ts declares it (TypeORM compares the two).
const AUDIT_ENTRY = `SELECT 'event:' || e.id AS id, e.program_id, e.at, e.kind, e.actor_id AS person_id, e.subject_id,
           e.summary, NULL::text AS email, NULL::text AS address, NULL::text AS user_agent
      FROM event e
    UNION ALL
    SELECT 'sign_in:' || s.id, s.program_id, s.at,
           CASE s.outcome WHEN 'SUCCEEDED' THEN 'signIn.succeeded' WHEN 'FAILED' THEN 'signIn.failed'
                          ELSE 'signIn.rateLimited' END,
           s.person_id, s.person_id::text, '', s.email, s.address, s.user_agent
      FROM sign_in s
     WHERE s.program_id IS NOT NULL`;

/**
 * The audit log: sign-in attempts, and a trigger that makes them and the event log append-only —
 * UPDATE, DELETE and TRUNCATE are refused for every role the application connects as. (So a
 * programme, person or review assignment that events refer to can no longer be deleted: their
 * foreign keys would rewrite the log.) Also the rate limiters' table (rate-limiter-flexible's own
 * layout), the audit export's link target, and an index for ending all of a person's sessions.
 */
export class AuditLog1795981000000 implements MigrationInterface {
  name = 'AuditLog1795981000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "sign_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "email" text NOT NULL, "person_id" uuid, "program_id" uuid, "outcome" text NOT NULL, "address" text NOT NULL, "user_agent" text NOT NULL, CONSTRAINT "PK_e1c2af97265eef8174c9a652a5e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "sign_in_program_at" ON "sign_in" ("program_id", "at") `);
    await q.query(`ALTER TABLE "export_link" ADD "program_id" uuid`);
    await q.query(`ALTER TABLE "export_link" ADD "filter" jsonb`);
    await q.query(
      `ALTER TABLE "export_link" ADD CONSTRAINT "FK_cc2ede7228b4a5be246930fdf4c" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE VIEW "audit_entry" AS ${AUDIT_ENTRY}`);
    // TypeORM's own bookkeeping, which it creates before running migrations once a view entity exists.
    await q.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await q.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value") VALUES (DEFAULT, current_schema(), DEFAULT, 'VIEW', 'audit_entry', $1)`,
      [AUDIT_ENTRY],
    );

    await q.query(
      `CREATE TABLE "rate_limit" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    await q.query(`CREATE INDEX "session_person" ON "session" ("person_id") `);

    await q.query(`
      CREATE FUNCTION "refuse_rewrite"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the % table is append-only: % is refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['event', 'sign_in']) {
      await q.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "refuse_rewrite"()`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_rewrite"()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['event', 'sign_in']) {
      await q.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
      await q.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION "refuse_rewrite"()`);
    await q.query(`DROP INDEX "session_person"`);
    await q.query(`DROP TABLE "rate_limit"`);
    await q.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'VIEW' AND "name" = 'audit_entry'`);
    await q.query(`DROP VIEW "audit_entry"`);
    await q.query(`ALTER TABLE "export_link" DROP CONSTRAINT "FK_cc2ede7228b4a5be246930fdf4c"`);
    await q.query(`ALTER TABLE "export_link" DROP COLUMN "filter"`);
    await q.query(`ALTER TABLE "export_link" DROP COLUMN "program_id"`);
    await q.query(`DROP INDEX "sign_in_program_at"`);
    await q.query(`DROP TABLE "sign_in"`);
  }
}
