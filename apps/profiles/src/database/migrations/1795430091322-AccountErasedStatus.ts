import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountErasedStatus1795430091322 implements MigrationInterface {
  name = 'AccountErasedStatus1795430091322';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "profiles"."account_status" ADD VALUE 'erased'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "profiles"."account_status_old" AS ENUM('active', 'suspended')`);
    await queryRunner.query(
      `ALTER TABLE "profiles"."accounts" ALTER COLUMN "status" TYPE "profiles"."account_status_old" USING "status"::"text"::"profiles"."account_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "profiles"."account_status"`);
    await queryRunner.query(`ALTER TYPE "profiles"."account_status_old" RENAME TO "account_status"`);
  }
}
