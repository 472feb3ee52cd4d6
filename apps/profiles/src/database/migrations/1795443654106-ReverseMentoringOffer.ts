import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReverseMentoringOffer1795443654106 implements MigrationInterface {
  name = 'ReverseMentoringOffer1795443654106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "profiles"."alumnus_profiles" ADD "offers_reverse_mentoring" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "profiles"."alumnus_profiles" ADD "reverse_mentoring_offer" character varying(40) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "profiles"."student_profiles" ADD "offers_reverse_mentoring" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "profiles"."student_profiles" ADD "reverse_mentoring_offer" character varying(40) array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "profiles"."student_profiles" DROP COLUMN "reverse_mentoring_offer"`);
    await queryRunner.query(`ALTER TABLE "profiles"."student_profiles" DROP COLUMN "offers_reverse_mentoring"`);
    await queryRunner.query(`ALTER TABLE "profiles"."alumnus_profiles" DROP COLUMN "reverse_mentoring_offer"`);
    await queryRunner.query(`ALTER TABLE "profiles"."alumnus_profiles" DROP COLUMN "offers_reverse_mentoring"`);
  }
}
