import {
  ErrorCode,
  LIST_SUGGESTIONS,
  Role,
  type ListSuggestionsQuery,
  type ProfileUpdatedEvent,
  type SuggestionList,
} from '@passerelle/contracts';
import type { ActorRef, DomainError } from '@passerelle/nest-common';
import { waitUntil } from '@passerelle/testing';
import type { DataSource } from 'typeorm';
import { ReadModelConsumer } from '../src/members/read-model-consumer.js';
import { Programme } from '../src/programmes/programme.entity.js';
import { explainPair } from '../src/suggestions/explain-pair.js';
import { SuggestionIndex } from '../src/suggestions/suggestion-index.js';
import { DATA_SOURCE } from '../src/tokens.js';
import { startMatchingHarness, type MatchingHarness } from './matching-harness.js';
import { ProfilesEventsPublisher, ReadModelFeed } from './profiles-events.js';

const TUESDAY_EVENING = [{ weekday: 2, startMinute: 18 * 60, endMinute: 20 * 60 }];

describe('mentor suggestions', () => {
  let harness: MatchingHarness;
  let publisher: ProfilesEventsPublisher;
  let feed: ReadModelFeed;
  let classic: string;
  let reverse: string;
  let student: ProfileUpdatedEvent;
  let best: ProfileUpdatedEvent;
  let second: ProfileUpdatedEvent;
  let notApproved: ProfileUpdatedEvent;
  let full: ProfileUpdatedEvent;
  let germanOnly: ProfileUpdatedEvent;

  const actorOf = (member: ProfileUpdatedEvent): ActorRef => ({
    userId: member.accountId,
    role: member.role,
  });
  const suggest = (member: ProfileUpdatedEvent, query: Partial<ListSuggestionsQuery> = {}) =>
    harness.call<SuggestionList>(LIST_SUGGESTIONS, { programmeId: classic, ...query }, actorOf(member));
  const mentorIds = (list: SuggestionList) => list.items.map((item) => item.mentor.accountId);
  const failure = (promise: Promise<unknown>): Promise<DomainError> =>
    promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: DomainError) => error,
    );
  /** Reads what changed into the in-memory index now, rather than at its next look. */
  const refreshIndex = () => harness.service.get(SuggestionIndex).refresh();

  beforeAll(async () => {
    harness = await startMatchingHarness();
    publisher = await ProfilesEventsPublisher.connect(harness.nats.url);
    feed = new ReadModelFeed(publisher, () => harness.service.get(ReadModelConsumer).stats);
    const programmes = await harness.sql<{ id: string; code: string }>(
      'SELECT id, code FROM matching.programmes',
    );
    classic = programmes.find((programme) => programme.code === 'mentorat')!.id;
    reverse = programmes.find((programme) => programme.code === 'mentorat-inverse')!.id;

    student = await feed.member({
      role: Role.Student,
      displayName: 'Léa Martin',
      skillIds: ['sql', 'data-analysis'],
      sectors: ['banking', 'consulting'],
      targetRoles: ['Data analyst'],
      languages: ['fr', 'en'],
      availability: TUESDAY_EVENING,
    });
    best = await feed.availableMentor({
      displayName: 'Julien Moreau',
      skillIds: ['data-analysis', 'sql', 'power-bi'],
      sectors: ['banking'],
      jobTitle: 'Data analyst',
      languages: ['fr', 'en'],
      availability: TUESDAY_EVENING,
    });
    second = await feed.availableMentor({
      displayName: 'Chloé Tremblay',
      skillIds: ['sql'],
      sectors: ['consulting'],
      jobTitle: 'Consultante',
      languages: ['fr'],
      timeZone: 'America/Montreal',
      availability: [],
    });
    notApproved = await feed.member({
      role: Role.Alumnus,
      skillIds: ['sql', 'data-analysis'],
      sectors: ['banking'],
    });
    full = await feed.availableMentor({
      skillIds: ['sql', 'data-analysis'],
      sectors: ['banking'],
      capacity: 1,
    });
    await harness.sql('UPDATE matching.members SET places_taken = 1 WHERE account_id = $1', [full.accountId]);
    germanOnly = await feed.availableMentor({ skillIds: ['sql', 'data-analysis'], languages: ['de'] });
    await refreshIndex();
  });

  afterAll(async () => {
    await publisher.close();
    await harness.stop();
  });

  it('lists the available mentors best first, with scores, parts and reasons in French', async () => {
    const list = await suggest(student);
    expect(list).toMatchObject({
      programmeId: classic,
      mode: 'classic',
      profileMissing: false,
      relaxable: [],
    });
    expect(mentorIds(list)).toEqual([best.accountId, second.accountId]);
    const [first, next] = list.items;
    expect(first!.mentor).toEqual({ accountId: best.accountId, displayName: 'Julien Moreau' });
    expect(first!.score).toBeGreaterThan(next!.score);
    expect(first!.score).toBeLessThanOrEqual(100);
    expect(first!.freePlaces).toBe(3);
    expect(first!.reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining([
        '2 compétences en commun : SQL, Analyse de données',
        'travaille dans votre secteur cible : Banque',
        'parle français et anglais',
        'même fuseau horaire',
        '2 h de disponibilités communes par semaine',
        '3 places libres',
      ]),
    );
    const points = first!.parts.reduce((sum, part) => sum + part.points, 0);
    expect(points).toBeCloseTo(first!.score, 0);
    expect(next!.reasons.map((reason) => reason.text)).toContain('6 h de décalage horaire');
  });

  it('writes the reasons in English for an English reader', async () => {
    const list = await suggest(student, { locale: 'en' as ListSuggestionsQuery['locale'] });
    expect(list.items[0]!.reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining([
        '2 skills in common: SQL, Data analysis',
        'works in your target sector: Banking',
      ]),
    );
  });

  it('never suggests a mentor not approved, full, or without a shared language', async () => {
    const ids = mentorIds(await suggest(student));
    expect(ids).not.toContain(notApproved.accountId);
    expect(ids).not.toContain(full.accountId);
    expect(ids).not.toContain(germanOnly.accountId);
  });

  it('narrows to the filters chosen, and says which one to relax when nothing is left', async () => {
    expect(mentorIds(await suggest(student, { sector: 'consulting' }))).toEqual([second.accountId]);
    expect(mentorIds(await suggest(student, { maxTimeZoneGapHours: 3 }))).toEqual([best.accountId]);
    const none = await suggest(student, { sector: 'consulting', maxTimeZoneGapHours: 3 });
    expect(none.items).toEqual([]);
    expect(none.relaxable).toEqual(['sector', 'maxTimeZoneGapHours']);
    const noFormat = await suggest(student, { format: 'in-person', language: 'fr' });
    expect(noFormat).toMatchObject({ items: [], relaxable: ['format'] });
  });

  it('gives the mentor the same score and reasons for the pair (explainPair), written about the pair', async () => {
    const [first] = (await suggest(student)).items;
    const dataSource = harness.service.get<DataSource>(DATA_SOURCE);
    const programme = await dataSource.manager.findOneByOrFail(Programme, { id: classic });
    const pair = [dataSource.manager, programme, student.accountId, best.accountId] as const;
    const asTheMenteeRead = await explainPair(...pair, undefined, 'mentee');
    expect(asTheMenteeRead).toEqual({
      score: first!.score,
      reasons: first!.reasons.map((reason) => reason.text),
    });
    const asOthersRead = await explainPair(...pair);
    expect(asOthersRead!.score).toBe(first!.score);
    expect(asOthersRead!.reasons).toContain('travaille dans le secteur visé : Banque');
    expect(asOthersRead!.reasons).toContain('occupe un poste proche de celui visé : Data analyst');
    expect(asOthersRead!.reasons).not.toContain('travaille dans votre secteur cible : Banque');
  });

  it('asks a member without a saved profile to save it first', async () => {
    const stranger: ActorRef = { userId: '00000000-0000-4000-8000-000000000001', role: Role.Student };
    const list = await harness.call<SuggestionList>(LIST_SUGGESTIONS, { programmeId: classic }, stranger);
    expect(list).toMatchObject({ items: [], profileMissing: true });
  });

  it('refuses alumni and staff in a classic programme, an unknown programme and a limit above 20', async () => {
    const alumnus = await failure(suggest(best));
    expect(alumnus.code).toBe(ErrorCode.FORBIDDEN);
    const staff = await failure(
      harness.call(LIST_SUGGESTIONS, { programmeId: classic }, { userId: best.accountId, role: Role.Staff }),
    );
    expect(staff.code).toBe(ErrorCode.FORBIDDEN);
    const unknown = await failure(suggest(student, { programmeId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.code).toBe(ErrorCode.NOT_FOUND);
    const tooMany = await failure(suggest(student, { limit: 21 }));
    expect(tooMany.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(tooMany.details.fields?.map((field: { field: string }) => field.field)).toEqual(['limit']);
  });

  describe('reverse mentoring', () => {
    const thisYear = new Date().getUTCFullYear();
    let alumnus: ProfileUpdatedEvent;
    let studentMentor: ProfileUpdatedEvent;
    let recentGraduate: ProfileUpdatedEvent;
    const suggestReverse = (member: ProfileUpdatedEvent, locale?: 'fr' | 'en') =>
      harness.call<SuggestionList>(LIST_SUGGESTIONS, { programmeId: reverse, locale }, actorOf(member));

    beforeAll(async () => {
      alumnus = await feed.member({
        role: Role.Alumnus,
        openToReverseMentoring: true,
        reverseMentoringTopics: ['ai-tools', 'social-networks'],
        graduationYear: 1998,
      });
      studentMentor = await feed.member({
        role: Role.Student,
        displayName: 'Inès Haddad',
        offersReverseMentoring: true,
        reverseMentoringOffer: ['ai-tools', 'social-networks'],
      });
      recentGraduate = await feed.member({
        role: Role.Alumnus,
        offersReverseMentoring: true,
        reverseMentoringOffer: ['ai-tools'],
        graduationYear: thisYear - 1,
      });
    });

    it('suggests students and recent graduates who offer it, scored on the topics the alumnus wants', async () => {
      await refreshIndex();
      const list = await suggestReverse(alumnus);
      expect(list.mode).toBe('reverse');
      expect(mentorIds(list).slice(0, 2)).toEqual([studentMentor.accountId, recentGraduate.accountId]);
      expect(list.items[0]!.reasons.map((reason) => reason.text)).toContain(
        'peut vous aider sur : Outils d’IA, Réseaux sociaux',
      );
      expect(list.items[1]!.reasons.map((reason) => reason.text)).toContain(
        'peut vous aider sur : Outils d’IA',
      );
      const english = await suggestReverse(alumnus, 'en');
      expect(english.items[0]!.reasons.map((reason) => reason.text)).toContain(
        'can help you with: AI tools, Social networks',
      );
    });

    it('never takes wanting to be mentored back for an offer, nor an offer without topics or from an older graduate', async () => {
      const wantsToLearn = await feed.member({
        role: Role.Alumnus,
        openToReverseMentoring: true,
        reverseMentoringTopics: ['ai-tools'],
        graduationYear: thisYear,
      });
      const notOffering = await feed.member({ role: Role.Student });
      const offerWithoutTopics = await feed.member({ role: Role.Student, offersReverseMentoring: true });
      const oldGraduate = await feed.member({
        role: Role.Alumnus,
        offersReverseMentoring: true,
        reverseMentoringOffer: ['ai-tools'],
        graduationYear: thisYear - 3,
      });
      await refreshIndex();
      const ids = mentorIds(await suggestReverse(alumnus));
      for (const member of [wantsToLearn, notOffering, offerWithoutTopics, oldGraduate, alumnus]) {
        expect(ids).not.toContain(member.accountId);
      }
      expect(ids).toContain(studentMentor.accountId);
    });

    it('drops a student who withdraws the offer', async () => {
      const changing = await feed.member({
        role: Role.Student,
        offersReverseMentoring: true,
        reverseMentoringOffer: ['new-ways-of-working'],
      });
      await refreshIndex();
      expect(mentorIds(await suggestReverse(alumnus))).toContain(changing.accountId);
      await feed.member({
        ...changing,
        offersReverseMentoring: false,
        reverseMentoringOffer: [],
        updatedAt: new Date().toISOString(),
      });
      await refreshIndex();
      expect(mentorIds(await suggestReverse(alumnus))).not.toContain(changing.accountId);
    });

    it('is asked for by alumni only', async () => {
      const studentAsks = await failure(suggestReverse(student));
      expect(studentAsks.code).toBe(ErrorCode.FORBIDDEN);
    });
  });

  describe('the in-memory index', () => {
    it('leaves out a mentor the mentee has an open mentorship with', async () => {
      const mentee = await feed.member({ role: Role.Student, skillIds: ['tableau'], languages: ['fr'] });
      const mentor = await feed.availableMentor({ skillIds: ['tableau'], languages: ['fr'] });
      await refreshIndex();
      expect(mentorIds(await suggest(mentee))[0]).toBe(mentor.accountId);
      await harness.sql(
        `INSERT INTO matching.mentorships
           (programme_id, mode, origin, mentor_id, mentee_id, status, meeting_minutes_per_month, duration_months)
         VALUES ($1, 'classic', 'request', $2, $3, 'active', 60, 6)`,
        [classic, mentor.accountId, mentee.accountId],
      );
      expect(mentorIds(await suggest(mentee))).not.toContain(mentor.accountId);
    });

    it('leaves out a mentor who has the mentee’s open request, and one who declined them before', async () => {
      const mentee = await feed.member({ role: Role.Student, skillIds: ['looker'], languages: ['fr'] });
      const asked = await feed.availableMentor({ skillIds: ['looker'], languages: ['fr'] });
      const declined = await feed.availableMentor({ skillIds: ['looker'], languages: ['fr'] });
      await refreshIndex();
      expect(
        mentorIds(await suggest(mentee))
          .slice(0, 2)
          .sort(),
      ).toEqual([asked.accountId, declined.accountId].sort());
      const [request] = await harness.sql<{ id: string }>(
        `INSERT INTO matching.requests (programme_id, mode, mentee_id, message, status)
         VALUES ($1, 'classic', $2, 'Bonjour, je cherche un premier poste en analyse de données.', 'pending')
         RETURNING id`,
        [classic, mentee.accountId],
      );
      await harness.sql(
        `INSERT INTO matching.request_choices (request_id, rank, mentor_id, mentee_id, outcome)
         VALUES ($1, 1, $2, $3, 'declined'), ($1, 2, $4, $3, 'waiting')`,
        [request!.id, declined.accountId, mentee.accountId, asked.accountId],
      );
      const ids = mentorIds(await suggest(mentee));
      expect(ids).not.toContain(asked.accountId);
      expect(ids).not.toContain(declined.accountId);
    });

    it('follows changes by itself: a mentor who becomes unavailable drops out, a new one comes in, an erased one leaves', async () => {
      const mentee = await feed.member({ role: Role.Student, skillIds: ['statistics'], languages: ['fr'] });
      const leaving = await feed.availableMentor({ skillIds: ['statistics'], languages: ['fr'] });
      await refreshIndex();
      expect(mentorIds(await suggest(mentee))[0]).toBe(leaving.accountId);

      await publisher.mentorStatus(leaving.accountId, 'unavailable');
      await feed.settle();
      const arriving = await feed.availableMentor({ skillIds: ['statistics'], languages: ['fr'] });
      // No refresh asked: the index looks for changed rows every two seconds.
      await waitUntil(async () => {
        const ids = mentorIds(await suggest(mentee));
        return ids[0] === arriving.accountId && !ids.includes(leaving.accountId);
      }, 'the index to follow the change');

      await publisher.accountErased(arriving.accountId);
      await feed.settle();
      await waitUntil(
        async () => !mentorIds(await suggest(mentee)).includes(arriving.accountId),
        'the erased mentor to leave the index',
      );
    });
  });
});
