import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Consultation1796607575577 implements MigrationInterface {
  name = 'Consultation1796607575577';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "public_consultation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "slug" text NOT NULL, "intro" text NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "opened_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98393034ffbfcdeca9d2c8475ec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3765244daae03461d29679dbdf" ON "public_consultation"  ("draft_id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_7bf5af7590d96d4d3380d5dbe8" ON "public_consultation"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "public_opinion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "program_id" uuid NOT NULL, "block_id" text, "anchor_start" integer, "anchor_end" integer, "quote" text, "prefix" text, "suffix" text, "body" text NOT NULL, "author_name" text, "identity" text NOT NULL, "contact" text, "contact_purged_at" TIMESTAMP WITH TIME ZONE, "receipt" text NOT NULL, "challenge_signature" text, "status" text NOT NULL DEFAULT \'PENDING\', "duplicate_of_id" uuid, "thread_id" uuid, "moderated_by" uuid, "moderated_at" TIMESTAMP WITH TIME ZONE, "moderation_note" text, "version" integer NOT NULL DEFAULT \'1\', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_11573ba76cf19e25392b0d39344" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_4dc1ae08e7969fbe2393657db3" ON "public_opinion"  ("receipt") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_65225e4fa4066510524001404d" ON "public_opinion"  ("challenge_signature") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_037020ea49da947e7f774761ee" ON "public_opinion"  ("consultation_id", "status", "submitted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "spent_challenge" ("signature" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f6de71d7bb08b29a729b84374c4" PRIMARY KEY ("signature"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_c031a50f4a32d6f4f55632be6d" ON "spent_challenge"  ("expires_at") ');
    await queryRunner.query(
      'CREATE TABLE "server_secret" ("name" text NOT NULL, "value" text NOT NULL, CONSTRAINT "PK_8b694669d056ba2de744df598d1" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'ALTER TABLE "public_consultation" ADD CONSTRAINT "FK_5882c40f3e24fb27941c22cae32" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_consultation" ADD CONSTRAINT "FK_3765244daae03461d29679dbdf3" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_consultation" ADD CONSTRAINT "FK_c258aa385fed54d74e1c4d901ae" FOREIGN KEY ("opened_by") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_opinion" ADD CONSTRAINT "FK_6352d0103212661dfcc535e3767" FOREIGN KEY ("consultation_id") REFERENCES "public_consultation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "public_opinion" ADD CONSTRAINT "FK_6e97a50178d2dedadba1013d851" FOREIGN KEY ("moderated_by") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "public_opinion" DROP CONSTRAINT "FK_6e97a50178d2dedadba1013d851"');
    await queryRunner.query('ALTER TABLE "public_opinion" DROP CONSTRAINT "FK_6352d0103212661dfcc535e3767"');
    await queryRunner.query('ALTER TABLE "public_consultation" DROP CONSTRAINT "FK_c258aa385fed54d74e1c4d901ae"');
    await queryRunner.query('ALTER TABLE "public_consultation" DROP CONSTRAINT "FK_3765244daae03461d29679dbdf3"');
    await queryRunner.query('ALTER TABLE "public_consultation" DROP CONSTRAINT "FK_5882c40f3e24fb27941c22cae32"');
    await queryRunner.query('DROP TABLE "server_secret"');
    await queryRunner.query('DROP INDEX "public"."IDX_c031a50f4a32d6f4f55632be6d"');
    await queryRunner.query('DROP TABLE "spent_challenge"');
    await queryRunner.query('DROP INDEX "public"."IDX_037020ea49da947e7f774761ee"');
    await queryRunner.query('DROP INDEX "public"."IDX_65225e4fa4066510524001404d"');
    await queryRunner.query('DROP INDEX "public"."IDX_4dc1ae08e7969fbe2393657db3"');
    await queryRunner.query('DROP TABLE "public_opinion"');
    await queryRunner.query('DROP INDEX "public"."IDX_7bf5af7590d96d4d3380d5dbe8"');
    await queryRunner.query('DROP INDEX "public"."IDX_3765244daae03461d29679dbdf"');
    await queryRunner.query('DROP TABLE "public_consultation"');
  }
}
