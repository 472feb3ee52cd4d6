import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795429021446 implements MigrationInterface {
  name = 'AuditLog1795429021446';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "profiles"."audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" "profiles"."account_role", "action" character varying(80) NOT NULL, "subject_id" uuid, "object_id" character varying(100), "reason" text, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entries_action_idx" ON "profiles"."audit_entries"  ("action", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entries_subject_idx" ON "profiles"."audit_entries"  ("subject_id", "occurred_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "profiles"."audit_entries_subject_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."audit_entries_action_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."audit_entries"`);
  }
}
