import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectorySearchPerAudience1795433631059 implements MigrationInterface {
  name = 'DirectorySearchPerAudience1795433631059';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_search_idx"`);
    await queryRunner.query(`CREATE INDEX "directory_documents_staff_search_idx" ON "profiles"."directory_documents" USING gin ("search") WHERE "audience" = 'staff'`);
    await queryRunner.query(`CREATE INDEX "directory_documents_members_search_idx" ON "profiles"."directory_documents" USING gin ("search") WHERE "audience" = 'members'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_members_search_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_staff_search_idx"`);
    await queryRunner.query(`CREATE INDEX "directory_documents_search_idx" ON "profiles"."directory_documents" USING gin ("search") `);
  }
}
