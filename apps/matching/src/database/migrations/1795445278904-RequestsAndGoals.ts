import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RequestsAndGoals1795445278904 implements MigrationInterface {
  name = 'RequestsAndGoals1795445278904';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "matching"."mentorship_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentorship_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "target_date" date NOT NULL, "source_goal_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_282708a9b8a2001d731c639484b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mentorship_goals_mentorship" ON "matching"."mentorship_goals"  ("mentorship_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "matching"."goal_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "percent" smallint NOT NULL, "note" character varying(1000), "author_side" character varying(10) NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "goal_progress_author_side" CHECK ("author_side" IN ('mentor', 'mentee')), CONSTRAINT "goal_progress_percent" CHECK ("percent" BETWEEN 0 AND 100), CONSTRAINT "PK_063570ca3418e9fc676a412e647" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "goal_progress_goal" ON "matching"."goal_progress"  ("goal_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "matching"."request_exchanges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "rank" smallint NOT NULL, "author_side" character varying(10) NOT NULL, "author_id" uuid NOT NULL, "text" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "request_exchanges_author_side" CHECK ("author_side" IN ('mentor', 'mentee')), CONSTRAINT "PK_9116977ce17a00d684c449ded5d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "request_exchanges_request" ON "matching"."request_exchanges"  ("request_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "matching"."requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "mode" character varying(20) NOT NULL, "mentee_id" uuid NOT NULL, "message" character varying(2000) NOT NULL, "status" character varying(20) NOT NULL, "current_rank" smallint NOT NULL DEFAULT '1', "mentorship_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "requests_status" CHECK ("status" IN ('pending', 'info-requested', 'accepted', 'declined', 'expired', 'withdrawn')), CONSTRAINT "PK_0428f484e96f9e6a55955f29b5f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "requests_mentee" ON "matching"."requests"  ("mentee_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "requests_one_open_per_mentee_programme" ON "matching"."requests"  ("mentee_id", "programme_id") WHERE status IN ('pending', 'info-requested')`);
    await queryRunner.query(`CREATE TABLE "matching"."request_choices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "rank" smallint NOT NULL, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "outcome" character varying(20) NOT NULL DEFAULT 'waiting', "sent_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "info_requested_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(40), "decline_note" character varying(1000), CONSTRAINT "request_choices_rank" UNIQUE ("request_id", "rank"), CONSTRAINT "request_choices_outcome" CHECK ("outcome" IN ('waiting', 'accepted', 'declined', 'expired', 'skipped', 'withdrawn')), CONSTRAINT "request_choices_rank_range" CHECK ("rank" BETWEEN 1 AND 3), CONSTRAINT "PK_dc0bdeccb27f3ed38d0cc36f790" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "request_choices_expiry" ON "matching"."request_choices"  ("expires_at") WHERE outcome = 'waiting' AND expires_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "request_choices_mentor" ON "matching"."request_choices"  ("mentor_id", "outcome") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "request_choices_one_open_per_pair" ON "matching"."request_choices"  ("mentee_id", "mentor_id") WHERE outcome = 'waiting'`);
    await queryRunner.query(`ALTER TABLE "matching"."mentorships" ADD "completion_requested_by" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "matching"."mentorship_goals" ADD CONSTRAINT "FK_18dfb07dae76efbc2ed28cea276" FOREIGN KEY ("mentorship_id") REFERENCES "matching"."mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "matching"."goal_progress" ADD CONSTRAINT "FK_fc44fbf7a34978da5aa5ea414bc" FOREIGN KEY ("goal_id") REFERENCES "matching"."mentorship_goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "matching"."request_exchanges" ADD CONSTRAINT "FK_3bead022efe26b426f3d1d09152" FOREIGN KEY ("request_id") REFERENCES "matching"."requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "matching"."requests" ADD CONSTRAINT "FK_6dab030f8abc639957b401445e2" FOREIGN KEY ("programme_id") REFERENCES "matching"."programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "matching"."request_choices" ADD CONSTRAINT "FK_87485432f690faf6fdacab514aa" FOREIGN KEY ("request_id") REFERENCES "matching"."requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matching"."request_choices" DROP CONSTRAINT "FK_87485432f690faf6fdacab514aa"`);
    await queryRunner.query(`ALTER TABLE "matching"."requests" DROP CONSTRAINT "FK_6dab030f8abc639957b401445e2"`);
    await queryRunner.query(`ALTER TABLE "matching"."request_exchanges" DROP CONSTRAINT "FK_3bead022efe26b426f3d1d09152"`);
    await queryRunner.query(`ALTER TABLE "matching"."goal_progress" DROP CONSTRAINT "FK_fc44fbf7a34978da5aa5ea414bc"`);
    await queryRunner.query(`ALTER TABLE "matching"."mentorship_goals" DROP CONSTRAINT "FK_18dfb07dae76efbc2ed28cea276"`);
    await queryRunner.query(`ALTER TABLE "matching"."mentorships" DROP COLUMN "completion_requested_by"`);
    await queryRunner.query(`DROP INDEX "matching"."request_choices_one_open_per_pair"`);
    await queryRunner.query(`DROP INDEX "matching"."request_choices_mentor"`);
    await queryRunner.query(`DROP INDEX "matching"."request_choices_expiry"`);
    await queryRunner.query(`DROP TABLE "matching"."request_choices"`);
    await queryRunner.query(`DROP INDEX "matching"."requests_one_open_per_mentee_programme"`);
    await queryRunner.query(`DROP INDEX "matching"."requests_mentee"`);
    await queryRunner.query(`DROP TABLE "matching"."requests"`);
    await queryRunner.query(`DROP INDEX "matching"."request_exchanges_request"`);
    await queryRunner.query(`DROP TABLE "matching"."request_exchanges"`);
    await queryRunner.query(`DROP INDEX "matching"."goal_progress_goal"`);
    await queryRunner.query(`DROP TABLE "matching"."goal_progress"`);
    await queryRunner.query(`DROP INDEX "matching"."mentorship_goals_mentorship"`);
    await queryRunner.query(`DROP TABLE "matching"."mentorship_goals"`);
  }
}
