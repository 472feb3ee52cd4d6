import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReverseMentoringOffer1795443747289 implements MigrationInterface {
  name = 'ReverseMentoringOffer1795443747289';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matching"."members" ADD "offers_reverse_mentoring" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "matching"."members" ADD "reverse_mentoring_offer" character varying(80) array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matching"."members" DROP COLUMN "reverse_mentoring_offer"`);
    await queryRunner.query(`ALTER TABLE "matching"."members" DROP COLUMN "offers_reverse_mentoring"`);
  }
}
