import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MentoringPartners1795443361702 implements MigrationInterface {
  name = 'MentoringPartners1795443361702';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "profiles"."inbox" ("consumer" character varying(100) NOT NULL, "event_id" character varying(100) NOT NULL, "subject" character varying(200) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "parked_at" TIMESTAMP WITH TIME ZONE, "error" text, "payload" jsonb, CONSTRAINT "PK_625a303addbbe1f30d3f65ed7fe" PRIMARY KEY ("consumer", "event_id"))`);
    await queryRunner.query(`CREATE TABLE "profiles"."mentor_answers" ("request_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0ad5f0724aa2ddaa46822c23482" PRIMARY KEY ("request_id", "mentor_id"))`);
    await queryRunner.query(`CREATE INDEX "mentor_answers_latest_idx" ON "profiles"."mentor_answers"  ("mentor_id", "answered_at") `);
    await queryRunner.query(`CREATE TABLE "profiles"."mentoring_partnerships" ("mentorship_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "since" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5cf6323f5c97ffebf342e062090" PRIMARY KEY ("mentorship_id"))`);
    await queryRunner.query(`CREATE INDEX "mentoring_partnerships_mentee_idx" ON "profiles"."mentoring_partnerships"  ("mentee_id") `);
    await queryRunner.query(`CREATE INDEX "mentoring_partnerships_pair_idx" ON "profiles"."mentoring_partnerships"  ("mentor_id", "mentee_id") `);
    await queryRunner.query(`ALTER TABLE "profiles"."mentor_answers" ADD CONSTRAINT "FK_0e9d17c5b594e281191978c708c" FOREIGN KEY ("mentor_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profiles"."mentoring_partnerships" ADD CONSTRAINT "FK_9d38c887a8a92d2a4d54a983cd7" FOREIGN KEY ("mentor_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profiles"."mentoring_partnerships" ADD CONSTRAINT "FK_a71d3ea6d5b1644d9f9675881e1" FOREIGN KEY ("mentee_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "profiles"."mentoring_partnerships" DROP CONSTRAINT "FK_a71d3ea6d5b1644d9f9675881e1"`);
    await queryRunner.query(`ALTER TABLE "profiles"."mentoring_partnerships" DROP CONSTRAINT "FK_9d38c887a8a92d2a4d54a983cd7"`);
    await queryRunner.query(`ALTER TABLE "profiles"."mentor_answers" DROP CONSTRAINT "FK_0e9d17c5b594e281191978c708c"`);
    await queryRunner.query(`DROP INDEX "profiles"."mentoring_partnerships_pair_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."mentoring_partnerships_mentee_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."mentoring_partnerships"`);
    await queryRunner.query(`DROP INDEX "profiles"."mentor_answers_latest_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."mentor_answers"`);
    await queryRunner.query(`DROP TABLE "profiles"."inbox"`);
  }
}
