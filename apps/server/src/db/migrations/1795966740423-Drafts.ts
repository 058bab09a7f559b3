import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Drafts1795966740423 implements MigrationInterface {
  name = 'Drafts1795966740423';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "version" integer NOT NULL, "stage" text NOT NULL, "title" text NOT NULL, "source_format" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "comment_deadline" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0b2b03d3f2c998450423648bc65" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_773fd1098ce8322038b1b0b988" ON "draft"  ("plan_id", "version") ');
    await queryRunner.query(
      'CREATE TABLE "draft_block" ("draft_id" uuid NOT NULL, "block_id" text NOT NULL, "ord" integer NOT NULL, "kind" text NOT NULL, "level" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_aaf5ce4b9710126c01d94303034" PRIMARY KEY ("draft_id", "block_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "export_link" ("token_hash" text NOT NULL, "person_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "format" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e09d042fb6e1a7a9bfe0a1248ae" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "program_id" uuid NOT NULL, "kind" text NOT NULL, "summary" text NOT NULL, "subject_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8e3234990f2eefa5d46555910c" ON "notification"  ("person_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "presence" ("connection_id" text NOT NULL, "draft_id" uuid NOT NULL, "person_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c388d1e0be293720838da8e3bf0" PRIMARY KEY ("connection_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_8662fae4598412125684315e7b" ON "presence"  ("draft_id", "expires_at") ');
    await queryRunner.query(
      'CREATE TABLE "thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "block_id" text, "anchor_start" integer, "anchor_end" integer, "quote" text, "prefix" text, "suffix" text, "anchor_state" text NOT NULL DEFAULT \'ATTACHED\', "source" text NOT NULL DEFAULT \'ONLINE\', "meeting_id" uuid, "status" text NOT NULL DEFAULT \'OPEN\', "assigned_unit_id" uuid NOT NULL, "author_id" uuid NOT NULL, "external_author" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "disposition_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cabc0f3f27d7b1c70cf64623e02" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_802c91c319aaee478486bfed3c" ON "thread"  ("draft_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "thread_placement" ("thread_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "block_id" text, "anchor_start" integer, "anchor_end" integer, "quote" text, "anchor_state" text NOT NULL, CONSTRAINT "PK_770708844c0b35fad13bc27bad9" PRIMARY KEY ("thread_id", "draft_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d01c5a5541cfe0e834d410ed5a" ON "comment"  ("thread_id", "created_at") ');
    await queryRunner.query(
      'CREATE TABLE "comment_mention" ("comment_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_ab88d742398af5f278e74ef3bb6" PRIMARY KEY ("comment_id", "person_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "draft" ADD CONSTRAINT "FK_4e96457b490fe71dd2bd884c838" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "draft" ADD CONSTRAINT "FK_ab6a491a2a1408762fab7967fd7" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "draft" ADD CONSTRAINT "FK_297b25287d7ab34df5ebc0a0f35" FOREIGN KEY ("created_by") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "draft_block" ADD CONSTRAINT "FK_a9b14eea6be1728b79a6fd09ace" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "export_link" ADD CONSTRAINT "FK_ab2fb83a19a0fc43167116b4243" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "export_link" ADD CONSTRAINT "FK_e617f2dbf8c33fbf4e4db87ce98" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_9d46d510fc2c70b0dca34a95189" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "presence" ADD CONSTRAINT "FK_37d83b5aba51882630642bdcd88" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "presence" ADD CONSTRAINT "FK_8b31e2ad6c6f6ed75dd11763946" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_562ec26e93c45030703e3841188" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_501d56ec4a3bb398b7e441c7d21" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_03725b76a6e9f0407d7477f927c" FOREIGN KEY ("assigned_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_6c7b99295a0a8a53cb38f2a553d" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_934797f23059f9fc6e2f67810c5" FOREIGN KEY ("decided_by") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_placement" ADD CONSTRAINT "FK_83826c969100dcd8b163e52b97f" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_placement" ADD CONSTRAINT "FK_3fd59589f4c55d13f8261418fdc" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_be68531edd9305c665090a8a389" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mention" ADD CONSTRAINT "FK_06c3b713cd058e0824657560d3d" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mention" ADD CONSTRAINT "FK_71a0434780705978a0d5c629fac" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comment_mention" DROP CONSTRAINT "FK_71a0434780705978a0d5c629fac"');
    await queryRunner.query('ALTER TABLE "comment_mention" DROP CONSTRAINT "FK_06c3b713cd058e0824657560d3d"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_be68531edd9305c665090a8a389"');
    await queryRunner.query('ALTER TABLE "thread_placement" DROP CONSTRAINT "FK_3fd59589f4c55d13f8261418fdc"');
    await queryRunner.query('ALTER TABLE "thread_placement" DROP CONSTRAINT "FK_83826c969100dcd8b163e52b97f"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_934797f23059f9fc6e2f67810c5"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_6c7b99295a0a8a53cb38f2a553d"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_03725b76a6e9f0407d7477f927c"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_501d56ec4a3bb398b7e441c7d21"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_562ec26e93c45030703e3841188"');
    await queryRunner.query('ALTER TABLE "presence" DROP CONSTRAINT "FK_8b31e2ad6c6f6ed75dd11763946"');
    await queryRunner.query('ALTER TABLE "presence" DROP CONSTRAINT "FK_37d83b5aba51882630642bdcd88"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_9d46d510fc2c70b0dca34a95189"');
    await queryRunner.query('ALTER TABLE "export_link" DROP CONSTRAINT "FK_e617f2dbf8c33fbf4e4db87ce98"');
    await queryRunner.query('ALTER TABLE "export_link" DROP CONSTRAINT "FK_ab2fb83a19a0fc43167116b4243"');
    await queryRunner.query('ALTER TABLE "draft_block" DROP CONSTRAINT "FK_a9b14eea6be1728b79a6fd09ace"');
    await queryRunner.query('ALTER TABLE "draft" DROP CONSTRAINT "FK_297b25287d7ab34df5ebc0a0f35"');
    await queryRunner.query('ALTER TABLE "draft" DROP CONSTRAINT "FK_ab6a491a2a1408762fab7967fd7"');
    await queryRunner.query('ALTER TABLE "draft" DROP CONSTRAINT "FK_4e96457b490fe71dd2bd884c838"');
    await queryRunner.query('DROP TABLE "comment_mention"');
    await queryRunner.query('DROP INDEX "public"."IDX_d01c5a5541cfe0e834d410ed5a"');
    await queryRunner.query('DROP TABLE "comment"');
    await queryRunner.query('DROP TABLE "thread_placement"');
    await queryRunner.query('DROP INDEX "public"."IDX_802c91c319aaee478486bfed3c"');
    await queryRunner.query('DROP TABLE "thread"');
    await queryRunner.query('DROP INDEX "public"."IDX_8662fae4598412125684315e7b"');
    await queryRunner.query('DROP TABLE "presence"');
    await queryRunner.query('DROP INDEX "public"."IDX_8e3234990f2eefa5d46555910c"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TABLE "export_link"');
    await queryRunner.query('DROP TABLE "draft_block"');
    await queryRunner.query('DROP INDEX "public"."IDX_773fd1098ce8322038b1b0b988"');
    await queryRunner.query('DROP TABLE "draft"');
  }
}
