import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryLastActive1795431175412 implements MigrationInterface {
  name = 'DirectoryLastActive1795431175412';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "profiles"."directory_documents" ADD "last_active_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Hand-written: documents written before this migration get the copy too.
    await queryRunner.query(
      `UPDATE "profiles"."directory_documents" d SET "last_active_at" = a."last_active_at" FROM "profiles"."accounts" a WHERE a."id" = d."account_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "profiles"."directory_documents" DROP COLUMN "last_active_at"`);
  }
}
