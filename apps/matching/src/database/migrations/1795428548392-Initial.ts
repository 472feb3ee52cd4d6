import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795428548392 implements MigrationInterface {
  name = 'Initial1795428548392';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching"."outbox" ("id" uuid NOT NULL, "position" BIGSERIAL NOT NULL, "subject" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "correlation_id" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_unpublished_idx" ON "matching"."outbox"  ("position") WHERE published_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "matching"."outbox_unpublished_idx"`);
    await queryRunner.query(`DROP TABLE "matching"."outbox"`);
  }
}
