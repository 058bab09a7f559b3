import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Alignment1796618386083 implements MigrationInterface {
  name = 'Alignment1796618386083';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "higher_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "document" text NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "target" double precision NOT NULL, "target_year" integer NOT NULL, "direction" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd17a0e4a75432c9d99fef39d99" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "baseline" double precision, "baseline_year" integer, "target" double precision NOT NULL, "target_year" integer NOT NULL, "kind" text NOT NULL, "direction" text NOT NULL, "draft_id" uuid, "block_id" text, "anchor_start" integer, "anchor_end" integer, "quote" text, "prefix" text, "suffix" text, "source_state" text, "supports_id" uuid, "cites_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_1a4448fe50c09af65da660d024" ON "indicator"  ("supports_id") ');
    await queryRunner.query('CREATE INDEX "IDX_3fe93b9c4797bb94d06ef76c69" ON "indicator"  ("plan_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "alignment_issue" ("indicator_id" uuid NOT NULL, "key" text NOT NULL, "program_id" uuid NOT NULL, "kind" text NOT NULL, "against" text, "against_id" uuid, "detail" text NOT NULL, "thread_id" uuid, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b49de6358fe6f073bde52de2341" PRIMARY KEY ("indicator_id", "key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "higher_target" ADD CONSTRAINT "FK_040be8548682e5467d9c3256dfe" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_f696d310d631d3e8f3420e4d4fd" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_c6aebfbf9a9e023b77a2e4fe1ee" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_442515ae6ea2328f7bf746cf51e" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_1a4448fe50c09af65da660d024d" FOREIGN KEY ("supports_id") REFERENCES "indicator"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_15c9cfb4492337de2b6d660074a" FOREIGN KEY ("cites_id") REFERENCES "higher_target"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "alignment_issue" ADD CONSTRAINT "FK_13cfc448d49dd1e9b877498d8f7" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "alignment_issue" ADD CONSTRAINT "FK_f9f050cea05a612489887f844c2" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "alignment_issue" DROP CONSTRAINT "FK_f9f050cea05a612489887f844c2"');
    await queryRunner.query('ALTER TABLE "alignment_issue" DROP CONSTRAINT "FK_13cfc448d49dd1e9b877498d8f7"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_15c9cfb4492337de2b6d660074a"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_1a4448fe50c09af65da660d024d"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_442515ae6ea2328f7bf746cf51e"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_c6aebfbf9a9e023b77a2e4fe1ee"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_f696d310d631d3e8f3420e4d4fd"');
    await queryRunner.query('ALTER TABLE "higher_target" DROP CONSTRAINT "FK_040be8548682e5467d9c3256dfe"');
    await queryRunner.query('DROP TABLE "alignment_issue"');
    await queryRunner.query('DROP INDEX "public"."IDX_3fe93b9c4797bb94d06ef76c69"');
    await queryRunner.query('DROP INDEX "public"."IDX_1a4448fe50c09af65da660d024"');
    await queryRunner.query('DROP TABLE "indicator"');
    await queryRunner.query('DROP TABLE "higher_target"');
  }
}
