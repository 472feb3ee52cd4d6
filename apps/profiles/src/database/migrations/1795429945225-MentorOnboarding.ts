import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MentorOnboarding1795429945225 implements MigrationInterface {
  name = 'MentorOnboarding1795429945225';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "profiles"."charter_versions" ("version" integer NOT NULL, "body_fr" text NOT NULL, "body_en" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by" uuid, CONSTRAINT "PK_0200b51e5795392f780291459bd" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."charter_acceptances" ("account_id" uuid NOT NULL, "version" integer NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b74d7cf124f7fee5d96817d9fef" PRIMARY KEY ("account_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "profiles"."mentor_status" AS ENUM('pending', 'approved', 'rejected', 'suspended')`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."mentors" ("account_id" uuid NOT NULL, "status" "profiles"."mentor_status" NOT NULL, "motivation" text, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, "decision_reason" text, "available" boolean NOT NULL DEFAULT false, "available_changed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d02ae359aefd76c0565222944b0" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentors_queue_idx" ON "profiles"."mentors"  ("status", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."training_modules" ("id" character varying(60) NOT NULL, "position" smallint NOT NULL, "title_fr" character varying(120) NOT NULL, "title_en" character varying(120) NOT NULL, "summary_fr" character varying(300) NOT NULL, "summary_en" character varying(300) NOT NULL, "content_fr" text NOT NULL, "content_en" text NOT NULL, "pass_mark_percent" smallint NOT NULL, "questions" jsonb NOT NULL, CONSTRAINT "training_modules_pass_mark_range" CHECK ("pass_mark_percent" BETWEEN 1 AND 100), CONSTRAINT "PK_eb8283e63be7f65abc59c5d96a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."training_completions" ("account_id" uuid NOT NULL, "module_id" character varying(60) NOT NULL, "correct_answers" smallint NOT NULL, "question_count" smallint NOT NULL, "passed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c26ea69f8e048cd594990347250" PRIMARY KEY ("account_id", "module_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "training_completions_valid_until_idx" ON "profiles"."training_completions"  ("valid_until") `,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."charter_acceptances" ADD CONSTRAINT "FK_8c193c61164771083641799bf3f" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."charter_acceptances" ADD CONSTRAINT "FK_e1970727d84ac8b9c0265fa810c" FOREIGN KEY ("version") REFERENCES "profiles"."charter_versions"("version") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."mentors" ADD CONSTRAINT "FK_d02ae359aefd76c0565222944b0" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."training_completions" ADD CONSTRAINT "FK_1150480729cc0b2f144ff43770e" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."training_completions" ADD CONSTRAINT "FK_312494e7e63277480c98a0a518e" FOREIGN KEY ("module_id") REFERENCES "profiles"."training_modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "profiles"."training_completions" DROP CONSTRAINT "FK_312494e7e63277480c98a0a518e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."training_completions" DROP CONSTRAINT "FK_1150480729cc0b2f144ff43770e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."mentors" DROP CONSTRAINT "FK_d02ae359aefd76c0565222944b0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."charter_acceptances" DROP CONSTRAINT "FK_e1970727d84ac8b9c0265fa810c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."charter_acceptances" DROP CONSTRAINT "FK_8c193c61164771083641799bf3f"`,
    );
    await queryRunner.query(`DROP INDEX "profiles"."training_completions_valid_until_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."training_completions"`);
    await queryRunner.query(`DROP TABLE "profiles"."training_modules"`);
    await queryRunner.query(`DROP INDEX "profiles"."mentors_queue_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."mentors"`);
    await queryRunner.query(`DROP TYPE "profiles"."mentor_status"`);
    await queryRunner.query(`DROP TABLE "profiles"."charter_acceptances"`);
    await queryRunner.query(`DROP TABLE "profiles"."charter_versions"`);
  }
}
