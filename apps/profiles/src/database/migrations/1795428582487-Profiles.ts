import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Profiles1795428582487 implements MigrationInterface {
  name = 'Profiles1795428582487';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "profiles"."alumnus_profiles" ("account_id" uuid NOT NULL, "graduation_year" smallint, "programme" character varying(120), "employer" character varying(120), "job_title" character varying(120), "sector" character varying(40), "city" character varying(120), "country" character(2), "years_of_experience" smallint, "languages" character varying(40) array NOT NULL DEFAULT '{}', "linkedin_url" character varying(200), "bio" text, "topics" character varying(40) array NOT NULL DEFAULT '{}', "formats" character varying(40) array NOT NULL DEFAULT '{}', "capacity" smallint NOT NULL DEFAULT '2', "open_to_reverse_mentoring" boolean NOT NULL DEFAULT false, "reverse_mentoring_topics" character varying(40) array NOT NULL DEFAULT '{}', "field_visibility" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "alumnus_profiles_bio_length" CHECK (char_length("bio") <= 1000), CONSTRAINT "alumnus_profiles_capacity_range" CHECK ("capacity" BETWEEN 0 AND 20), CONSTRAINT "PK_ec38ee569eaba37e31a923a2b6c" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."availability_slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "weekday" smallint NOT NULL, "start_minute" smallint NOT NULL, "end_minute" smallint NOT NULL, CONSTRAINT "availability_slots_minutes" CHECK ("start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute"), CONSTRAINT "availability_slots_weekday" CHECK ("weekday" BETWEEN 1 AND 7), CONSTRAINT "PK_70765e8e17c8f6374060d70589a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "availability_slots_account_idx" ON "profiles"."availability_slots"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."profile_photos" ("account_id" uuid NOT NULL, "mime_type" character varying(40) NOT NULL, "content" bytea NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d919dbb36ebc563a18ee96ce520" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."smart_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "specific" character varying(1000) NOT NULL, "measurable" character varying(1000) NOT NULL, "target_date" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "smart_goals_status" CHECK ("status" IN ('open', 'achieved', 'abandoned')), CONSTRAINT "PK_e23784d835a15002d4d0163f358" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "smart_goals_account_idx" ON "profiles"."smart_goals"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."staff_profiles" ("account_id" uuid NOT NULL, "department" character varying(120), "can_run_programmes" boolean NOT NULL DEFAULT false, "can_run_events" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8fb546ef5b5469cc05084e799b1" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."student_profiles" ("account_id" uuid NOT NULL, "programme" character varying(120), "expected_graduation_year" smallint, "target_roles" character varying(120) array NOT NULL DEFAULT '{}', "target_sectors" character varying(40) array NOT NULL DEFAULT '{}', "languages" character varying(40) array NOT NULL DEFAULT '{}', "preferred_formats" character varying(40) array NOT NULL DEFAULT '{}', "city" character varying(120), "country" character(2), "job_search_stage" character varying(40), "strengths" character varying(1000), "gaps" character varying(1000), "mentor_expectations" character varying(1000), "field_visibility" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_274ee561ff096d6575f648bfdea" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."skill_families" ("id" character varying(60) NOT NULL, "label_fr" character varying(120) NOT NULL, "label_en" character varying(120) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_cdc4c18964b8406f174bef55cfc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."skills" ("id" character varying(60) NOT NULL, "family_id" character varying(60) NOT NULL, "label_fr" character varying(120) NOT NULL, "label_en" character varying(120) NOT NULL, "search_text" text NOT NULL, CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "skills_family_idx" ON "profiles"."skills"  ("family_id") `);
    await queryRunner.query(
      `CREATE TABLE "profiles"."person_skills" ("account_id" uuid NOT NULL, "skill_id" character varying(60) NOT NULL, "kind" character varying(20) NOT NULL, CONSTRAINT "person_skills_kind" CHECK ("kind" IN ('has', 'to-develop')), CONSTRAINT "PK_74753d604ccdc946923cca2bded" PRIMARY KEY ("account_id", "skill_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "person_skills_skill_idx" ON "profiles"."person_skills"  ("skill_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."tags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "label" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c3f918aeb3a1bba2e46f5945809" UNIQUE ("label"), CONSTRAINT "PK_e7dc17249a1148a1970748eda99" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profiles"."profile_tags" ("account_id" uuid NOT NULL, "tag_id" uuid NOT NULL, CONSTRAINT "PK_d794166e7719266839fab04ac7f" PRIMARY KEY ("account_id", "tag_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "profile_tags_tag_idx" ON "profiles"."profile_tags"  ("tag_id") `);
    await queryRunner.query(
      `ALTER TABLE "profiles"."alumnus_profiles" ADD CONSTRAINT "FK_ec38ee569eaba37e31a923a2b6c" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."availability_slots" ADD CONSTRAINT "FK_ad0176629cbeeea0eb83cd2ce9d" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."profile_photos" ADD CONSTRAINT "FK_d919dbb36ebc563a18ee96ce520" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."smart_goals" ADD CONSTRAINT "FK_fc4120c902459d9d7f566140d9c" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."staff_profiles" ADD CONSTRAINT "FK_8fb546ef5b5469cc05084e799b1" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."student_profiles" ADD CONSTRAINT "FK_274ee561ff096d6575f648bfdea" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."skills" ADD CONSTRAINT "FK_1a51f0e4472b0c7ca5bcd6d51ba" FOREIGN KEY ("family_id") REFERENCES "profiles"."skill_families"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."person_skills" ADD CONSTRAINT "FK_5c7784c84c054be38420c2fdd68" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."person_skills" ADD CONSTRAINT "FK_d8653baa4b57059637a1a91accc" FOREIGN KEY ("skill_id") REFERENCES "profiles"."skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."profile_tags" ADD CONSTRAINT "FK_95a6ee646767cdc714c42deb9fe" FOREIGN KEY ("account_id") REFERENCES "profiles"."accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."profile_tags" ADD CONSTRAINT "FK_abd812637001d08946f8c59288a" FOREIGN KEY ("tag_id") REFERENCES "profiles"."tags"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "profiles"."profile_tags" DROP CONSTRAINT "FK_abd812637001d08946f8c59288a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."profile_tags" DROP CONSTRAINT "FK_95a6ee646767cdc714c42deb9fe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."person_skills" DROP CONSTRAINT "FK_d8653baa4b57059637a1a91accc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."person_skills" DROP CONSTRAINT "FK_5c7784c84c054be38420c2fdd68"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."skills" DROP CONSTRAINT "FK_1a51f0e4472b0c7ca5bcd6d51ba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."student_profiles" DROP CONSTRAINT "FK_274ee561ff096d6575f648bfdea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."staff_profiles" DROP CONSTRAINT "FK_8fb546ef5b5469cc05084e799b1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."smart_goals" DROP CONSTRAINT "FK_fc4120c902459d9d7f566140d9c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."profile_photos" DROP CONSTRAINT "FK_d919dbb36ebc563a18ee96ce520"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."availability_slots" DROP CONSTRAINT "FK_ad0176629cbeeea0eb83cd2ce9d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "profiles"."alumnus_profiles" DROP CONSTRAINT "FK_ec38ee569eaba37e31a923a2b6c"`,
    );
    await queryRunner.query(`DROP INDEX "profiles"."profile_tags_tag_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."profile_tags"`);
    await queryRunner.query(`DROP TABLE "profiles"."tags"`);
    await queryRunner.query(`DROP INDEX "profiles"."person_skills_skill_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."person_skills"`);
    await queryRunner.query(`DROP INDEX "profiles"."skills_family_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."skills"`);
    await queryRunner.query(`DROP TABLE "profiles"."skill_families"`);
    await queryRunner.query(`DROP TABLE "profiles"."student_profiles"`);
    await queryRunner.query(`DROP TABLE "profiles"."staff_profiles"`);
    await queryRunner.query(`DROP INDEX "profiles"."smart_goals_account_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."smart_goals"`);
    await queryRunner.query(`DROP TABLE "profiles"."profile_photos"`);
    await queryRunner.query(`DROP INDEX "profiles"."availability_slots_account_idx"`);
    await queryRunner.query(`DROP TABLE "profiles"."availability_slots"`);
    await queryRunner.query(`DROP TABLE "profiles"."alumnus_profiles"`);
  }
}
