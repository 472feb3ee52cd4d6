import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingAudit1795440345438 implements MigrationInterface {
  name = 'MatchingAudit1795440345438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching"."audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" character varying(20), "action" character varying(80) NOT NULL, "object_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entries_action_idx" ON "matching"."audit_entries"  ("action", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entries_object_idx" ON "matching"."audit_entries"  ("object_id", "occurred_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "matching"."audit_entries_object_idx"`);
    await queryRunner.query(`DROP INDEX "matching"."audit_entries_action_idx"`);
    await queryRunner.query(`DROP TABLE "matching"."audit_entries"`);
  }
}
