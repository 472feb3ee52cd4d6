import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Cycles1796356037505 implements MigrationInterface {
  name = 'Cycles1796356037505';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "matching"."cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "mode" character varying(20) NOT NULL, "cohort" smallint, "top_k" smallint NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "last_run" jsonb NOT NULL, "publication" jsonb, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_52e5eeb9c7c6e4ad1aed657967a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cycles_programme" ON "matching"."cycles"  ("programme_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "matching"."cycle_entries" ("cycle_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "mentor_id" uuid, "score" real, "locked" boolean NOT NULL DEFAULT false, "outcome" character varying(20), "skip_reason" character varying(40), "mentorship_id" uuid, CONSTRAINT "cycle_entries_locked_has_mentor" CHECK (NOT locked OR mentor_id IS NOT NULL), CONSTRAINT "PK_6e31bf34e9486d10eee0501a18b" PRIMARY KEY ("cycle_id", "mentee_id"))`);
    await queryRunner.query(`CREATE INDEX "cycle_entries_mentor" ON "matching"."cycle_entries"  ("cycle_id", "mentor_id") `);
    await queryRunner.query(`CREATE TABLE "matching"."cycle_removed_pairs" ("cycle_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, CONSTRAINT "PK_e3f0309460a81c1f28fbf41d6ec" PRIMARY KEY ("cycle_id", "mentee_id", "mentor_id"))`);
    await queryRunner.query(`ALTER TABLE "matching"."cycles" ADD CONSTRAINT "FK_473526886882c71283467116e47" FOREIGN KEY ("programme_id") REFERENCES "matching"."programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "matching"."cycle_entries" ADD CONSTRAINT "FK_bbefbf2f5f15abd1bf3749ba32d" FOREIGN KEY ("cycle_id") REFERENCES "matching"."cycles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "matching"."cycle_removed_pairs" ADD CONSTRAINT "FK_9a84585aebfaa2fe2fe9a30c433" FOREIGN KEY ("cycle_id") REFERENCES "matching"."cycles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matching"."cycle_removed_pairs" DROP CONSTRAINT "FK_9a84585aebfaa2fe2fe9a30c433"`);
    await queryRunner.query(`ALTER TABLE "matching"."cycle_entries" DROP CONSTRAINT "FK_bbefbf2f5f15abd1bf3749ba32d"`);
    await queryRunner.query(`ALTER TABLE "matching"."cycles" DROP CONSTRAINT "FK_473526886882c71283467116e47"`);
    await queryRunner.query(`DROP TABLE "matching"."cycle_removed_pairs"`);
    await queryRunner.query(`DROP INDEX "matching"."cycle_entries_mentor"`);
    await queryRunner.query(`DROP TABLE "matching"."cycle_entries"`);
    await queryRunner.query(`DROP INDEX "matching"."cycles_programme"`);
    await queryRunner.query(`DROP TABLE "matching"."cycles"`);
  }
}
