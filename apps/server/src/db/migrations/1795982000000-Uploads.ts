import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Uploads1795982000000 implements MigrationInterface {
  name = 'Uploads1795982000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "upload" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "filename" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1fe8db121b3de4ddfa677fc51f3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_47bf02a79c9cf6ba9df0a078dd" ON "upload"  ("person_id") ');
    await queryRunner.query('CREATE INDEX "IDX_e8766ee3d7c440d0ed7f4a216e" ON "upload"  ("expires_at") ');
    await queryRunner.query(
      'ALTER TABLE "upload" ADD CONSTRAINT "FK_47bf02a79c9cf6ba9df0a078dd0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "upload" DROP CONSTRAINT "FK_47bf02a79c9cf6ba9df0a078dd0"');
    await queryRunner.query('DROP INDEX "public"."IDX_e8766ee3d7c440d0ed7f4a216e"');
    await queryRunner.query('DROP INDEX "public"."IDX_47bf02a79c9cf6ba9df0a078dd"');
    await queryRunner.query('DROP TABLE "upload"');
  }
}
