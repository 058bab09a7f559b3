import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan's approvals (专家论证, 领导小组审议, 省政府审批), one row per step requested on a 送审稿, at
 * most one open per step of a plan; and its issue (印发: 文号, date, issuer) and filing (备案).
 */
export class ApprovalsIssuance1796572209843 implements MigrationInterface {
  name = 'ApprovalsIssuance1796572209843';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "approval" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "plan_id" uuid NOT NULL,
         "draft_id" uuid NOT NULL, "step" text NOT NULL, "decision" text NOT NULL DEFAULT 'PENDING', "opinion" text,
         "meeting_id" uuid, "thread_id" uuid, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1',
         CONSTRAINT "PK_97bfd1cd9dff3c1302229da6b5c" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "approval_open_step" ON "approval" ("plan_id", "step") WHERE decision = 'PENDING'`,
    );
    await q.query('CREATE INDEX "IDX_d327adccb8cfc33a9495d0b8c9" ON "approval" ("plan_id", "requested_at")');
    await q.query(
      `CREATE TABLE "plan_issuance" ("plan_id" uuid NOT NULL, "program_id" uuid NOT NULL, "draft_id" uuid NOT NULL,
         "doc_number" text NOT NULL, "issued_on" date NOT NULL, "issuer" text NOT NULL, "issued_by" uuid NOT NULL,
         "filed_on" date, CONSTRAINT "PK_099eda2b1743123fe1bb99f1a6c" PRIMARY KEY ("plan_id"))`,
    );
    const fk = (table: string, name: string, column: string, target: string, onDelete: string) =>
      q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    await fk('approval', 'FK_a2b3b10253bde8c15b4af29f1af', 'program_id', 'program', 'CASCADE');
    await fk('approval', 'FK_2082c9c87d3cd0fe257ef5ac453', 'plan_id', 'plan', 'CASCADE');
    await fk('approval', 'FK_33d5464aeded8192f9cf8278f66', 'draft_id', 'draft', 'CASCADE');
    await fk('approval', 'FK_8b227887cf763e6c15d2160a007', 'meeting_id', 'meeting', 'RESTRICT');
    await fk('approval', 'FK_0fac3e569ff7fa01ee5c3dd3c6a', 'thread_id', 'thread', 'SET NULL');
    await fk('approval', 'FK_e0bff531bd5881e137520d5e9fd', 'requested_by', 'person', 'RESTRICT');
    await fk('approval', 'FK_ede4bc43d060691a1c751a658a8', 'decided_by', 'person', 'RESTRICT');
    await fk('plan_issuance', 'FK_099eda2b1743123fe1bb99f1a6c', 'plan_id', 'plan', 'CASCADE');
    await fk('plan_issuance', 'FK_af816c9ece6364da29da740d2c9', 'program_id', 'program', 'CASCADE');
    await fk('plan_issuance', 'FK_9da37732ee6d3a1f97b9359bb59', 'draft_id', 'draft', 'CASCADE');
    await fk('plan_issuance', 'FK_54ba0330a71556da121837938b3', 'issued_by', 'person', 'RESTRICT');
  }

  async down(q: QueryRunner): Promise<void> {
    // Their keys and indexes go with them.
    await q.query('DROP TABLE "plan_issuance"');
    await q.query('DROP TABLE "approval"');
  }
}
