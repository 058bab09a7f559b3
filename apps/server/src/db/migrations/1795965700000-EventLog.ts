import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log. Not a TypeORM entity: its `txid` column (xid8) is what makes tailing correct
 * (see realtime/event-log.ts) and TypeORM has no such column type.
 */
export class EventLog1795965700000 implements MigrationInterface {
  name = 'EventLog1795965700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "event" (
        "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "txid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
        "program_id" uuid NOT NULL REFERENCES "program" ("id") ON DELETE CASCADE,
        "stream" text NOT NULL,
        "kind" text NOT NULL,
        "subject_id" text NOT NULL,
        "actor_id" uuid REFERENCES "person" ("id") ON DELETE SET NULL,
        "summary" text NOT NULL,
        "payload" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "event_txid_id" ON "event" ("txid", "id")`);
    await queryRunner.query(`CREATE INDEX "event_program_txid_id" ON "event" ("program_id", "txid", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event"`);
  }
}
