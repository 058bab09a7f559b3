import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795965696238 implements MigrationInterface {
  name = 'Initial1795965696238';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "email" text, "password_hash" text, "name" text NOT NULL, "title" text, "role" text NOT NULL, "unit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_846ac8958a8292e7a658706586" ON "person"  ("email") WHERE email IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3bade5945afbafefdd26a3a29fb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "phase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "order" integer NOT NULL, "name" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "gate_overridden_by" uuid, "gate_overridden_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a9cac5076fb19818ed0f871bea8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_bb185fb40d0200040155227f1c" ON "phase"  ("program_id", "order") ',
    );
    await queryRunner.query(
      'CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "phase_id" uuid NOT NULL, "sort_order" integer NOT NULL, "title" text NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT \'PLANNED\', "completed_at" TIMESTAMP WITH TIME ZONE, "owner_unit_id" uuid, CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_98606ab9e953e3a9a08779c594" ON "milestone"  ("phase_id", "sort_order") ',
    );
    await queryRunner.query(
      'CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "short_name" text, "kind" text NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c81e9e1045c3de1036d0f906c8" ON "unit"  ("program_id", "key") ');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "unit_id" uuid, "token_hash" text NOT NULL, "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation"  ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "sort_order" integer NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "lead_unit_id" uuid NOT NULL, "issuance" text, "stage" text NOT NULL DEFAULT \'OUTLINE\', CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6f3b6523aac5e9b51e6e0764ad" ON "plan"  ("program_id", "sort_order") ');
    await queryRunner.query(
      'CREATE TABLE "plan_co_unit" ("plan_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_5285794e0900b8c310ba5a6d07b" PRIMARY KEY ("plan_id", "unit_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "research_topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "content" text NOT NULL, "lead_unit_id" uuid NOT NULL, "due_on" date, "status" text NOT NULL DEFAULT \'PLANNED\', "progress_note" text, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_44a10497e96698b7d94ce00f762" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3f0c6e2033fc1ba99a37be5a94" ON "research_topic"  ("program_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "topic_co_unit" ("topic_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_dd2ad7aa530cf27386fe081bf3b" PRIMARY KEY ("topic_id", "unit_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "mutation_receipt" ("person_id" uuid NOT NULL, "client_mutation_id" text NOT NULL, "mutation" text NOT NULL, "result" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ffaeda65f0be4b5e9fa0113327b" PRIMARY KEY ("person_id", "client_mutation_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "person" ADD CONSTRAINT "FK_929db2c3249f25743a6481a3adf" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "person" ADD CONSTRAINT "FK_1ccc95c9861eb01e5303cf22e34" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phase" ADD CONSTRAINT "FK_db68c2ac866853fadce583e12cd" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phase" ADD CONSTRAINT "FK_aee0d8d4bb754b0132046c6c123" FOREIGN KEY ("gate_overridden_by") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone" ADD CONSTRAINT "FK_b584c17b5922ccd62857af9eb96" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone" ADD CONSTRAINT "FK_ca61c81b45319a97ada20f4e244" FOREIGN KEY ("phase_id") REFERENCES "phase"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "milestone" ADD CONSTRAINT "FK_09e8e8ea47c288182f79248d73e" FOREIGN KEY ("owner_unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unit" ADD CONSTRAINT "FK_70176a216676fe43a9a53295525" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_c71efce149152af28eb4fba646a" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_3883f6664faf9cba608e884b5ae" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_e720a7c3cde7969988b5d33ca75" FOREIGN KEY ("invited_by") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_5b863974dc40fa813aed7d0ea03" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_eaee1712b07f4657612f9558ae3" FOREIGN KEY ("lead_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_co_unit" ADD CONSTRAINT "FK_881e62ec78da91eea20111ebc51" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_co_unit" ADD CONSTRAINT "FK_15470750913ade71dbe9cb5fa08" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "research_topic" ADD CONSTRAINT "FK_4d350812eea01b14a1f1e2508f4" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "research_topic" ADD CONSTRAINT "FK_fd878ed763a6f24d98d39caf97d" FOREIGN KEY ("lead_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "topic_co_unit" ADD CONSTRAINT "FK_bfbe8e6c01274e04363ed2c3d5c" FOREIGN KEY ("topic_id") REFERENCES "research_topic"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "topic_co_unit" ADD CONSTRAINT "FK_98e1d54217486c27b3426969f8b" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mutation_receipt" ADD CONSTRAINT "FK_69322a15b1782e74ab1cb84652c" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mutation_receipt" DROP CONSTRAINT "FK_69322a15b1782e74ab1cb84652c"');
    await queryRunner.query('ALTER TABLE "topic_co_unit" DROP CONSTRAINT "FK_98e1d54217486c27b3426969f8b"');
    await queryRunner.query('ALTER TABLE "topic_co_unit" DROP CONSTRAINT "FK_bfbe8e6c01274e04363ed2c3d5c"');
    await queryRunner.query('ALTER TABLE "research_topic" DROP CONSTRAINT "FK_fd878ed763a6f24d98d39caf97d"');
    await queryRunner.query('ALTER TABLE "research_topic" DROP CONSTRAINT "FK_4d350812eea01b14a1f1e2508f4"');
    await queryRunner.query('ALTER TABLE "plan_co_unit" DROP CONSTRAINT "FK_15470750913ade71dbe9cb5fa08"');
    await queryRunner.query('ALTER TABLE "plan_co_unit" DROP CONSTRAINT "FK_881e62ec78da91eea20111ebc51"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_eaee1712b07f4657612f9558ae3"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_5b863974dc40fa813aed7d0ea03"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "FK_e720a7c3cde7969988b5d33ca75"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "FK_3883f6664faf9cba608e884b5ae"');
    await queryRunner.query('ALTER TABLE "invitation" DROP CONSTRAINT "FK_c71efce149152af28eb4fba646a"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "FK_5c6e00902a1344d01a8d90f33cf"');
    await queryRunner.query('ALTER TABLE "unit" DROP CONSTRAINT "FK_70176a216676fe43a9a53295525"');
    await queryRunner.query('ALTER TABLE "milestone" DROP CONSTRAINT "FK_09e8e8ea47c288182f79248d73e"');
    await queryRunner.query('ALTER TABLE "milestone" DROP CONSTRAINT "FK_ca61c81b45319a97ada20f4e244"');
    await queryRunner.query('ALTER TABLE "milestone" DROP CONSTRAINT "FK_b584c17b5922ccd62857af9eb96"');
    await queryRunner.query('ALTER TABLE "phase" DROP CONSTRAINT "FK_aee0d8d4bb754b0132046c6c123"');
    await queryRunner.query('ALTER TABLE "phase" DROP CONSTRAINT "FK_db68c2ac866853fadce583e12cd"');
    await queryRunner.query('ALTER TABLE "person" DROP CONSTRAINT "FK_1ccc95c9861eb01e5303cf22e34"');
    await queryRunner.query('ALTER TABLE "person" DROP CONSTRAINT "FK_929db2c3249f25743a6481a3adf"');
    await queryRunner.query('DROP TABLE "mutation_receipt"');
    await queryRunner.query('DROP TABLE "topic_co_unit"');
    await queryRunner.query('DROP INDEX "public"."IDX_3f0c6e2033fc1ba99a37be5a94"');
    await queryRunner.query('DROP TABLE "research_topic"');
    await queryRunner.query('DROP TABLE "plan_co_unit"');
    await queryRunner.query('DROP INDEX "public"."IDX_6f3b6523aac5e9b51e6e0764ad"');
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('DROP INDEX "public"."IDX_b827d3749ffbb3b5ab5099afd6"');
    await queryRunner.query('DROP TABLE "invitation"');
    await queryRunner.query('DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."IDX_c81e9e1045c3de1036d0f906c8"');
    await queryRunner.query('DROP TABLE "unit"');
    await queryRunner.query('DROP INDEX "public"."IDX_98606ab9e953e3a9a08779c594"');
    await queryRunner.query('DROP TABLE "milestone"');
    await queryRunner.query('DROP INDEX "public"."IDX_bb185fb40d0200040155227f1c"');
    await queryRunner.query('DROP TABLE "phase"');
    await queryRunner.query('DROP TABLE "program"');
    await queryRunner.query('DROP INDEX "public"."IDX_846ac8958a8292e7a658706586"');
    await queryRunner.query('DROP TABLE "person"');
  }
}
