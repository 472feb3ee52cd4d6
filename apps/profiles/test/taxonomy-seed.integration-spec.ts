import { startProfilesHarness, type ProfilesHarness } from './profiles-harness.js';

describe('skills taxonomy seed', () => {
  let harness: ProfilesHarness;

  beforeAll(async () => {
    harness = await startProfilesHarness();
  });

  afterAll(() => harness.stop());

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
});
