import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who last saved a meeting's minutes, and when. Minutes saved before this have neither. */
export class MinutesEditedBy1795984500000 implements MigrationInterface {
  name = 'MinutesEditedBy1795984500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting" ADD "minutes_edited_by" uuid');
    await queryRunner.query('ALTER TABLE "meeting" ADD "minutes_edited_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "FK_4b02f24de0839be26b09e8675fe" FOREIGN KEY ("minutes_edited_by") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "FK_4b02f24de0839be26b09e8675fe"');
    await queryRunner.query('ALTER TABLE "meeting" DROP COLUMN "minutes_edited_at"');
    await queryRunner.query('ALTER TABLE "meeting" DROP COLUMN "minutes_edited_by"');
  }
}
