import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live minutes (issue 13): each meeting's minutes as a Yjs document, and who has a meeting's page
 * open (as `presence` is for drafts), with the Yjs client whose cursor the others draw.
 */
export class LiveMinutes1796596120917 implements MigrationInterface {
  name = 'LiveMinutes1796596120917';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "meeting_minutes_doc" ("meeting_id" uuid NOT NULL, "state" bytea NOT NULL, CONSTRAINT "PK_016a12f11cfd2441d303de9c1cd" PRIMARY KEY ("meeting_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_presence" ("connection_id" text NOT NULL, "meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, "client_id" bigint, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b6056d6537c9876cd193e8ec0a5" PRIMARY KEY ("connection_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ee058d02083b6d3f4ece9b8b57" ON "meeting_presence"  ("meeting_id", "expires_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_minutes_doc" ADD CONSTRAINT "FK_016a12f11cfd2441d303de9c1cd" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_presence" ADD CONSTRAINT "FK_a6f1a05e7d7b58d012699d92bbd" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_presence" ADD CONSTRAINT "FK_afc4bec5f504135f5077632b15d" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting_presence" DROP CONSTRAINT "FK_afc4bec5f504135f5077632b15d"');
    await queryRunner.query('ALTER TABLE "meeting_presence" DROP CONSTRAINT "FK_a6f1a05e7d7b58d012699d92bbd"');
    await queryRunner.query('ALTER TABLE "meeting_minutes_doc" DROP CONSTRAINT "FK_016a12f11cfd2441d303de9c1cd"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee058d02083b6d3f4ece9b8b57"');
    await queryRunner.query('DROP TABLE "meeting_presence"');
    await queryRunner.query('DROP TABLE "meeting_minutes_doc"');
  }
}
