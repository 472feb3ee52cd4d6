import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadModelInbox1795440623655 implements MigrationInterface {
  name = 'ReadModelInbox1795440623655';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching"."inbox" ("consumer" character varying(100) NOT NULL, "event_id" character varying(100) NOT NULL, "subject" character varying(200) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "parked_at" TIMESTAMP WITH TIME ZONE, "error" text, "payload" jsonb, CONSTRAINT "PK_625a303addbbe1f30d3f65ed7fe" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching"."members" ADD "standing_changed_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matching"."members" DROP COLUMN "standing_changed_at"`);
    await queryRunner.query(`DROP TABLE "matching"."inbox"`);
  }
}
