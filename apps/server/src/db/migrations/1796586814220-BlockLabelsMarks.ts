import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A block keeps the number or bullet Word draws before it ("1.", "（一）", "•") and its bold and
 * italic runs (offsets into its text), both apart from the text that passages anchor to.
 */
export class BlockLabelsMarks1796586814220 implements MigrationInterface {
  name = 'BlockLabelsMarks1796586814220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "draft_block" ADD "label" text');
    await queryRunner.query('ALTER TABLE "draft_block" ADD "marks" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "draft_block" DROP COLUMN "marks"');
    await queryRunner.query('ALTER TABLE "draft_block" DROP COLUMN "label"');
  }
}
