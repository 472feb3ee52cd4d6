import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Directory1795429169387 implements MigrationInterface {
  name = 'Directory1795429169387';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: text search configurations for the directory (see directory/search-vector.ts).
    // unaccent is a trusted extension shipped with PostgreSQL (13+), so the service's owner may create it;
    // it goes to public because an extension exists once per database, whichever schema asks first.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    for (const [name, stemmer] of [
      ['directory_fr', 'french'],
      ['directory_en', 'english'],
    ]) {
      await queryRunner.query(
        `CREATE TEXT SEARCH CONFIGURATION "profiles"."${name}" (COPY = pg_catalog.${stemmer})`,
      );
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION "profiles"."${name}" ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH public.unaccent, pg_catalog.${stemmer}_stem`,
      );
    }
    await queryRunner.query(
      `CREATE TABLE "profiles"."directory_documents" ("account_id" uuid NOT NULL, "audience" character varying(10) NOT NULL, "display_name" character varying(100) NOT NULL, "photo_updated_at" TIMESTAMP WITH TIME ZONE, "job_title" character varying(120), "employer" character varying(120), "sector" character varying(40), "city" character varying(120), "country" character(2), "time_zone" character varying(64) NOT NULL, "graduation_year" smallint, "languages" character varying(40) array NOT NULL DEFAULT '{}', "skill_ids" character varying(60) array NOT NULL DEFAULT '{}', "skills" jsonb NOT NULL DEFAULT '[]', "topics" character varying(40) array NOT NULL DEFAULT '{}', "formats" character varying(40) array NOT NULL DEFAULT '{}', "capacity" smallint NOT NULL, "active_mentees" smallint NOT NULL, "median_response_hours" real, "mentor_status" character varying(20), "search" tsvector NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "directory_documents_audience" CHECK ("audience" IN ('members', 'staff')), CONSTRAINT "PK_202a00cdc447d052c9960229e6e" PRIMARY KEY ("account_id", "audience"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_documents_country_idx" ON "profiles"."directory_documents"  ("audience", "country") `,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_documents_graduation_year_idx" ON "profiles"."directory_documents"  ("audience", "graduation_year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_documents_sector_idx" ON "profiles"."directory_documents"  ("audience", "sector") `,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_documents_languages_idx" ON "profiles"."directory_documents" USING gin ("languages") `,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_documents_skill_ids_idx" ON "profiles"."directory_documents" USING gin ("skill_ids") `,
    );
    await queryRunner.query(
      `CREATE INDEX "directory_documents_search_idx" ON "profiles"."directory_documents" USING gin ("search") `,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."mentor_activity" ("account_id" uuid NOT NULL, "active_mentees" smallint NOT NULL DEFAULT '0', "median_response_hours" real, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mentor_activity_median_response_hours" CHECK ("median_response_hours" >= 0), CONSTRAINT "mentor_activity_active_mentees" CHECK ("active_mentees" >= 0), CONSTRAINT "PK_966325ca89bb64ffdb1d8eb4830" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."directory_documents" ADD CONSTRAINT "FK_a0baa06daddc5d3958b9f87371d" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."mentor_activity" ADD CONSTRAINT "FK_966325ca89bb64ffdb1d8eb4830" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "profiles"."mentor_activity" DROP CONSTRAINT "FK_966325ca89bb64ffdb1d8eb4830"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."directory_documents" DROP CONSTRAINT "FK_a0baa06daddc5d3958b9f87371d"`,
    );
    await queryRunner.query(`DROP TABLE "profiles"."mentor_activity"`);
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_search_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_skill_ids_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_languages_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_sector_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_graduation_year_idx"`);
    await queryRunner.query(`DROP INDEX "profiles"."directory_documents_country_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."directory_documents"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "profiles"."directory_en"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "profiles"."directory_fr"`);
    // unaccent stays: other schemas of the database may use it.
  }
}
