import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewsMeetings1795967582540 implements MigrationInterface {
  name = 'ReviewsMeetings1795967582540';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text, "host_unit_id" uuid NOT NULL, "external_attendees" text array NOT NULL DEFAULT \'{}\', "agenda" text, "minutes" text NOT NULL DEFAULT \'\', "minutes_version" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ebabaed8b5fed35dcf8fc3eb17" ON "meeting"  ("program_id", "starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "meeting_plan" ("meeting_id" uuid NOT NULL, "plan_id" uuid NOT NULL, CONSTRAINT "PK_451cc7faceed62a55bffbaf9252" PRIMARY KEY ("meeting_id", "plan_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_attendee" ("meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_2d100b67249eac194eee4a20ad7" PRIMARY KEY ("meeting_id", "person_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "title" text NOT NULL, "owner_unit_id" uuid NOT NULL, "due_on" date, "status" text NOT NULL DEFAULT \'PLANNED\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f77a02b2bac8df1a368c81281b" ON "action_item"  ("meeting_id") ');
    await queryRunner.query(
      'CREATE TABLE "review_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "assigned_by" uuid NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT \'INVITED\', "decline_reason" text, "verdict" text, "foresight" integer, "scientific" integer, "operability" integer, "summary" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "overdue_notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86c7b2c46cd7a61d3fd26e3ef80" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c091a59980dc75be6f37b3787f" ON "review_assignment"  ("draft_id", "expert_id") ',
    );
    await queryRunner.query('ALTER TABLE "thread" ADD "review_assignment_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_b5149e3810167430178bd0a1ddd" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_08ad390859af54d17b7c95ccbd8" FOREIGN KEY ("host_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_a196ffb31eb4fc165b20be0e6ae" FOREIGN KEY ("created_by") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_plan" ADD CONSTRAINT "FK_9ab376ea92c6877c743f22e3955" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_plan" ADD CONSTRAINT "FK_6c1727c87fcfbc1990b198c2ff4" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_attendee" ADD CONSTRAINT "FK_6ae2c754d429a9c48266579041d" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting_attendee" ADD CONSTRAINT "FK_81a770b1e55b97d6d59d6369b6a" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_item" ADD CONSTRAINT "FK_c7eaf8b8359b4f7ff471768caaa" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_item" ADD CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_item" ADD CONSTRAINT "FK_ac5872cbb7f810504c3e9f58a61" FOREIGN KEY ("owner_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_assignment" ADD CONSTRAINT "FK_65f0ce82fc793d007f44d0a7f7c" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_assignment" ADD CONSTRAINT "FK_9ae6d72f00afcb1a0959b084ebf" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_assignment" ADD CONSTRAINT "FK_c5b6c17f58bc57abec96a4672a0" FOREIGN KEY ("expert_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_assignment" ADD CONSTRAINT "FK_7a3b2bb87414584ab7f1f57b207" FOREIGN KEY ("assigned_by") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_50e03d1056606cccf46d1951222" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_1c60a22835d9d9509364956fed2" FOREIGN KEY ("review_assignment_id") REFERENCES "review_assignment"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_1c60a22835d9d9509364956fed2"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_50e03d1056606cccf46d1951222"');
    await queryRunner.query('ALTER TABLE "review_assignment" DROP CONSTRAINT "FK_7a3b2bb87414584ab7f1f57b207"');
    await queryRunner.query('ALTER TABLE "review_assignment" DROP CONSTRAINT "FK_c5b6c17f58bc57abec96a4672a0"');
    await queryRunner.query('ALTER TABLE "review_assignment" DROP CONSTRAINT "FK_9ae6d72f00afcb1a0959b084ebf"');
    await queryRunner.query('ALTER TABLE "review_assignment" DROP CONSTRAINT "FK_65f0ce82fc793d007f44d0a7f7c"');
    await queryRunner.query('ALTER TABLE "action_item" DROP CONSTRAINT "FK_ac5872cbb7f810504c3e9f58a61"');
    await queryRunner.query('ALTER TABLE "action_item" DROP CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf"');
    await queryRunner.query('ALTER TABLE "action_item" DROP CONSTRAINT "FK_c7eaf8b8359b4f7ff471768caaa"');
    await queryRunner.query('ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_81a770b1e55b97d6d59d6369b6a"');
    await queryRunner.query('ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_6ae2c754d429a9c48266579041d"');
    await queryRunner.query('ALTER TABLE "meeting_plan" DROP CONSTRAINT "FK_6c1727c87fcfbc1990b198c2ff4"');
    await queryRunner.query('ALTER TABLE "meeting_plan" DROP CONSTRAINT "FK_9ab376ea92c6877c743f22e3955"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_a196ffb31eb4fc165b20be0e6ae"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_08ad390859af54d17b7c95ccbd8"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_b5149e3810167430178bd0a1ddd"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "review_assignment_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_c091a59980dc75be6f37b3787f"');
    await queryRunner.query('DROP TABLE "review_assignment"');
    await queryRunner.query('DROP INDEX "public"."IDX_f77a02b2bac8df1a368c81281b"');
    await queryRunner.query('DROP TABLE "action_item"');
    await queryRunner.query('DROP TABLE "meeting_attendee"');
    await queryRunner.query('DROP TABLE "meeting_plan"');
    await queryRunner.query('DROP INDEX "public"."IDX_ebabaed8b5fed35dcf8fc3eb17"');
    await queryRunner.query('DROP TABLE "meeting"');
  }
}
