import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExportMeetings1795968385672 implements MigrationInterface {
  name = 'ExportMeetings1795968385672';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "export_link" ADD "meeting_id" uuid');
    await queryRunner.query('ALTER TABLE "export_link" DROP CONSTRAINT "FK_e617f2dbf8c33fbf4e4db87ce98"');
    await queryRunner.query('ALTER TABLE "export_link" ALTER COLUMN "draft_id" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "export_link" ADD CONSTRAINT "FK_e617f2dbf8c33fbf4e4db87ce98" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "export_link" ADD CONSTRAINT "FK_7f2cdb1b96b6812194cc665a91e" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "export_link" DROP CONSTRAINT "FK_7f2cdb1b96b6812194cc665a91e"');
    await queryRunner.query('ALTER TABLE "export_link" DROP CONSTRAINT "FK_e617f2dbf8c33fbf4e4db87ce98"');
    await queryRunner.query('ALTER TABLE "export_link" ALTER COLUMN "draft_id" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "export_link" ADD CONSTRAINT "FK_e617f2dbf8c33fbf4e4db87ce98" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "export_link" DROP COLUMN "meeting_id"');
  }
}
