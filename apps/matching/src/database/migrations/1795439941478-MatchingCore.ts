import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingCore1795439941478 implements MigrationInterface {
  name = 'MatchingCore1795439941478';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching"."members" ("account_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "display_name" character varying(200) NOT NULL, "time_zone" character varying(64) NOT NULL, "skill_ids" character varying(80) array NOT NULL DEFAULT '{}', "sectors" character varying(80) array NOT NULL DEFAULT '{}', "topics" character varying(80) array NOT NULL DEFAULT '{}', "formats" character varying(80) array NOT NULL DEFAULT '{}', "languages" character varying(80) array NOT NULL DEFAULT '{}', "country" character(2), "availability" jsonb NOT NULL DEFAULT '[]', "job_title" character varying(120), "target_roles" character varying(120) array NOT NULL DEFAULT '{}', "graduation_year" smallint, "open_to_reverse_mentoring" boolean NOT NULL DEFAULT false, "reverse_mentoring_topics" character varying(80) array NOT NULL DEFAULT '{}', "job_search_stage" character varying(40), "capacity" smallint NOT NULL DEFAULT '0', "places_taken" smallint NOT NULL DEFAULT '0', "approval" character varying(20) NOT NULL DEFAULT 'none', "available_to_mentor" boolean NOT NULL DEFAULT false, "median_response_hours" real, "last_active_at" TIMESTAMP WITH TIME ZONE, "profile_updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_fd9dfb97e21b75fc45d42aa614a" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "members_changed_at" ON "matching"."members"  ("changed_at") `);
    await queryRunner.query(
      `CREATE TABLE "matching"."programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(60) NOT NULL, "mode" character varying(20) NOT NULL, "name_fr" character varying(120) NOT NULL, "name_en" character varying(120) NOT NULL, "weights" jsonb NOT NULL DEFAULT '{}', "request_expiry_days" smallint NOT NULL, "stalled_after_days" smallint NOT NULL, "meeting_minutes_per_month" smallint NOT NULL, "duration_months" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_716cd216ca31adaa70e65bb1899" UNIQUE ("code"), CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "matching"."mentorships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "mode" character varying(20) NOT NULL, "origin" character varying(20) NOT NULL, "request_id" uuid, "cycle_id" uuid, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "meeting_minutes_per_month" smallint NOT NULL, "duration_months" smallint NOT NULL, "mentor_accepted_at" TIMESTAMP WITH TIME ZONE, "mentee_accepted_at" TIMESTAMP WITH TIME ZONE, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "paused_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(40), "end_note" character varying(1000), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mentorships_mentee" ON "matching"."mentorships"  ("mentee_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mentorships_mentor" ON "matching"."mentorships"  ("mentor_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mentorships_one_open_per_pair" ON "matching"."mentorships"  ("mentor_id", "mentee_id") WHERE status IN ('proposed', 'active', 'paused')`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching"."mentorships" ADD CONSTRAINT "FK_3fa509ce541c190e3c747fe1baf" FOREIGN KEY ("programme_id") REFERENCES "matching"."programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "matching"."mentorships" DROP CONSTRAINT "FK_3fa509ce541c190e3c747fe1baf"`,
    );
    await queryRunner.query(`DROP INDEX "matching"."mentorships_one_open_per_pair"`);
    await queryRunner.query(`DROP INDEX "matching"."mentorships_mentor"`);
    await queryRunner.query(`DROP INDEX "matching"."mentorships_mentee"`);
    await queryRunner.query(`DROP TABLE "matching"."mentorships"`);
    await queryRunner.query(`DROP TABLE "matching"."programmes"`);
    await queryRunner.query(`DROP INDEX "matching"."members_changed_at"`);
    await queryRunner.query(`DROP TABLE "matching"."members"`);
  }
}
