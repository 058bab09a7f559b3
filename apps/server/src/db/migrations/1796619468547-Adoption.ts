import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Adoption1796619468547 implements MigrationInterface {
  name = 'Adoption1796619468547';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "thread" ADD "adoption_state" text');
    await queryRunner.query('ALTER TABLE "thread" ADD "adoption_draft_id" uuid');
    await queryRunner.query('ALTER TABLE "thread" ADD "adoption_confirmed_by" uuid');
    await queryRunner.query('ALTER TABLE "thread" ADD "adoption_note" text');
    await queryRunner.query('ALTER TABLE "thread" ADD "adoption_checked_at" TIMESTAMP WITH TIME ZONE');
    // Adoptions decided before this: each is checked at its plan's next version.
    await queryRunner.query(
      'UPDATE "thread" SET "adoption_state" = \'AWAITING_VERSION\' WHERE "status" IN (\'ADOPTED\', \'PARTLY_ADOPTED\')',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_204340e588fd959841dc99c7c37" FOREIGN KEY ("adoption_draft_id") REFERENCES "draft"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_c9df60e9076a9de678269ebf1c0" FOREIGN KEY ("adoption_confirmed_by") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_c9df60e9076a9de678269ebf1c0"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_204340e588fd959841dc99c7c37"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "adoption_checked_at"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "adoption_note"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "adoption_confirmed_by"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "adoption_draft_id"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "adoption_state"');
  }
}
