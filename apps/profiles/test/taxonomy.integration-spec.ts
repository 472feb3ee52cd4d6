import {
  ErrorCode,
  MERGE_TAGS,
  REGISTER_ACCOUNT,
  Role,
  SEARCH_SKILLS,
  SEARCH_TAGS,
  UPDATE_MY_PROFILE,
  type AccountView,
  type MergeTagsReply,
  type MyProfileView,
  type SkillPage,
  type TagPage,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { aRegistration } from '@passerelle/testing';
import { failure, useProfilesHarness } from './profiles-harness.js';

describe('skills taxonomy and free tags', () => {
  const harness = useProfilesHarness();

  it('holds at least 150 skills in at least 10 families, each labelled in French and English', async () => {
    const [counts] = await harness.sql<{ skills: string; families: string; unlabelled: string }>(
      `SELECT count(*) AS skills, count(DISTINCT family_id) AS families,
              count(*) FILTER (WHERE label_fr = '' OR label_en = '') AS unlabelled
         FROM profiles.skills`,
    );
    expect(Number(counts!.skills)).toBeGreaterThanOrEqual(150);
    expect(Number(counts!.families)).toBeGreaterThanOrEqual(10);
    expect(Number(counts!.unlabelled)).toBe(0);
  });

  it('keeps a searchable text without accents', async () => {
    const rows = await harness.sql<{ search_text: string }>(
      `SELECT search_text FROM profiles.skills WHERE id = 'financial-analysis'`,
    );
    expect(rows[0]!.search_text).toBe('analyse financiere financial analysis');
  });

  async function person(role: Role): Promise<ActorRef> {
    const base = role === Role.Student ? Role.Student : Role.Alumnus;
    const account = await harness.call<AccountView>(REGISTER_ACCOUNT, aRegistration({ role: base }));
    if (role !== base)
      await harness.sql('UPDATE profiles.accounts SET role = $2 WHERE id = $1', [account.id, role]);
    return { userId: account.id, role };
  }

  describe('skill search', () => {
    it('finds skills by either label, ignoring accents and case, ordered by the locale’s label', async () => {
      const student = await person(Role.Student);
      const page = await harness.call<SkillPage>(SEARCH_SKILLS, { q: 'ANALYSE FINANCIERE' }, student);
      expect(page.items.map((skill) => skill.id)).toEqual(['financial-analysis']);
      expect(page.items[0]).toMatchObject({ labelFr: 'Analyse financière', familyLabelEn: 'Finance' });

      const english = await harness.call<SkillPage>(
        SEARCH_SKILLS,
        { q: 'data', locale: 'en', pageSize: 5 },
        student,
      );
      expect(english.total).toBeGreaterThan(5);
      expect(english.items).toHaveLength(5);
      const labels = english.items.map((skill) => skill.labelEn);
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    });

    it('pages through the whole taxonomy', async () => {
      const student = await person(Role.Student);
      const page = await harness.call<SkillPage>(SEARCH_SKILLS, { page: 2, pageSize: 100 }, student);
      expect(page).toMatchObject({ page: 2, pageSize: 100 });
      expect(page.items.length).toBe(page.total - 100);
    });

    it('treats LIKE wildcards as plain text', async () => {
      const student = await person(Role.Student);
      await expect(harness.call<SkillPage>(SEARCH_SKILLS, { q: '%' }, student)).resolves.toMatchObject({
        total: 0,
      });
    });
  });

  describe('free tags', () => {
    const tag = (actor: ActorRef, tags: string[]) =>
      harness.call<MyProfileView>(UPDATE_MY_PROFILE, { tags }, actor);

    it('lets staff merge one tag into another: profiles keep one tag, the source disappears', async () => {
      const staff = await person(Role.Staff);
      const [a, b, c] = [await person(Role.Alumnus), await person(Role.Alumnus), await person(Role.Student)];
      const tagsOfA = (await tag(a, ['Intelligence Artificielle'])).tags!;
      await tag(b, ['IA', 'intelligence artificielle']);
      const tagsOfC = (await tag(c, ['ia'])).tags!;
      const source = tagsOfC.find((t) => t.label === 'ia')!;
      const target = tagsOfA[0]!;

      const reply = await harness.call<MergeTagsReply>(
        MERGE_TAGS,
        { sourceTagId: source.id, targetTagId: target.id },
        staff,
      );
      expect(reply).toEqual({
        target: { id: target.id, label: 'intelligence artificielle', usageCount: 3 },
        movedProfiles: 2,
      });
      const remaining = await harness.call<TagPage>(SEARCH_TAGS, { q: 'ia' }, staff);
      expect(remaining.items.map((t) => t.label)).not.toContain('ia');
      expect(await harness.sql(`SELECT 1 FROM profiles.tags WHERE id = $1`, [source.id])).toEqual([]);
      const audit = await harness.sql<{ actor_id: string; details: object }>(
        `SELECT actor_id, details FROM profiles.audit_entries WHERE action = 'tag.merged' AND object_id = $1`,
        [target.id],
      );
      expect(audit).toEqual([
        {
          actor_id: staff.userId,
          details: {
            sourceTagId: source.id,
            sourceLabel: 'ia',
            targetLabel: 'intelligence artificielle',
            movedProfiles: 2,
          },
        },
      ]);
    });

    it('refuses a merge to a student, and an unknown tag with 404', async () => {
      const student = await person(Role.Student);
      const staff = await person(Role.Staff);
      const [t] = (await tag(student, ['rugby'])).tags!;
      const forbidden = await failure(
        harness.call(MERGE_TAGS, { sourceTagId: t!.id, targetTagId: t!.id }, student),
      );
      expect(forbidden.code).toBe(ErrorCode.FORBIDDEN);
      const unknown = await failure(
        harness.call(
          MERGE_TAGS,
          { sourceTagId: '9d1e0c3a-2b4f-4c5d-8e6f-7a8b9c0d1e2f', targetTagId: t!.id },
          staff,
        ),
      );
      expect(unknown.code).toBe(ErrorCode.NOT_FOUND);
      const same = await failure(harness.call(MERGE_TAGS, { sourceTagId: t!.id, targetTagId: t!.id }, staff));
      expect(same.code).toBe(ErrorCode.VALIDATION_FAILED);
    });
  });
});
