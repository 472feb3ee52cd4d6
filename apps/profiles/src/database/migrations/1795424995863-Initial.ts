import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795424995863 implements MigrationInterface {
  name = 'Initial1795424995863';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "profiles"."account_role" AS ENUM('student', 'alumnus', 'staff', 'admin')`,
    );
    await queryRunner.query(`CREATE TYPE "profiles"."account_locale" AS ENUM('fr', 'en')`);
    await queryRunner.query(`CREATE TYPE "profiles"."account_status" AS ENUM('active', 'suspended')`);
    await queryRunner.query(
      `CREATE TABLE "profiles"."accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text, "display_name" character varying(100) NOT NULL, "role" "profiles"."account_role" NOT NULL, "locale" "profiles"."account_locale" NOT NULL DEFAULT 'fr', "time_zone" character varying(64) NOT NULL, "status" "profiles"."account_status" NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_active_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_ee66de6cdc53993296d1ceb8aa0" UNIQUE ("email"), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."refresh_tokens" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "account_id" uuid NOT NULL, "secret_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "refresh_tokens_account_idx" ON "profiles"."refresh_tokens"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "refresh_tokens_family_idx" ON "profiles"."refresh_tokens"  ("family_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."refresh_tokens" ADD CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "profiles"."refresh_tokens" DROP CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c"`,
    );
    await queryRunner.query(`DROP INDEX "profiles"."refresh_tokens_family_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."refresh_tokens_account_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "profiles"."accounts"`);
    await queryRunner.query(`DROP TYPE "profiles"."account_status"`);
    await queryRunner.query(`DROP TYPE "profiles"."account_locale"`);
    await queryRunner.query(`DROP TYPE "profiles"."account_role"`);
  }
}
