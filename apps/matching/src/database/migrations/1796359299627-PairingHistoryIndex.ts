import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PairingHistoryIndex1796359299627 implements MigrationInterface {
  name = 'PairingHistoryIndex1796359299627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "request_choices_mentee" ON "matching"."request_choices"  ("mentee_id", "outcome") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "matching"."request_choices_mentee"`);
  }
}
