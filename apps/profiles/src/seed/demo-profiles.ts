import { Injectable, Logger } from '@nestjs/common';
import type { UpdateMyAvailabilityRequest, UpdateMyProfileRequest } from '@passerelle/contracts';
import { AccountsService } from '../accounts/accounts.service.js';
import { ProfileService } from '../profile/profile.service.js';

interface DemoProfile {
  profile: UpdateMyProfileRequest;
  availability?: UpdateMyAvailabilityRequest['slots'];
}

const nextYear = (): number => new Date().getUTCFullYear() + 1;
const hours = (weekday: number, from: number, to: number) => ({
  weekday,
  startMinute: from * 60,
  endMinute: to * 60,
});

/** Filled profiles for the demo logins (demo-accounts.ts), so signing in shows a real page. */
const DEMO_PROFILES: Record<string, () => DemoProfile> = {
  'staff@demo.passerelle.org': () => ({
    profile: {
      staff: { department: 'Carrières et relations entreprises', canRunProgrammes: true, canRunEvents: true },
    },
  }),
  'julien.moreau@demo.passerelle.org': () => ({
    profile: {
      alumnus: {
        graduationYear: 2012,
        programme: 'Master Finance',
        employer: 'BNP Paribas',
        jobTitle: 'Analyste crédit senior',
        sector: 'banking',
        city: 'Paris',
        country: 'FR',
        yearsOfExperience: 12,
        languages: ['fr', 'en'],
        linkedinUrl: 'https://www.linkedin.com/in/julien-moreau-demo',
        bio: 'Analyste crédit depuis douze ans, j’aide les étudiants à comprendre les métiers de la banque et à préparer leurs entretiens.',
        skillIds: ['financial-analysis', 'risk-management', 'negotiation', 'excel-advanced'],
        topics: ['cv-review', 'interview-preparation', 'sector-insight'],
        formats: ['video', 'in-person'],
        capacity: 2,
        openToReverseMentoring: true,
        reverseMentoringTopics: ['ai-tools'],
      },
      tags: ['finance', 'rugby'],
    },
    availability: [hours(2, 18, 20), hours(4, 12, 13)],
  }),
  'awa.ndiaye@demo.passerelle.org': () => ({
    profile: {
      alumnus: {
        graduationYear: 2015,
        programme: 'Diplôme d’ingénieur Télécoms',
        employer: 'Orange Côte d’Ivoire',
        jobTitle: 'Responsable réseaux',
        sector: 'telecommunications',
        city: 'Abidjan',
        country: 'CI',
        yearsOfExperience: 9,
        languages: ['fr', 'en'],
        bio: 'Ingénieure réseaux, je partage mon expérience de carrière en Afrique de l’Ouest et à l’international.',
        skillIds: ['project-management', 'team-management', 'cloud-computing'],
        topics: ['international-career', 'first-job', 'networking'],
        formats: ['video', 'phone', 'chat'],
        capacity: 3,
      },
    },
    availability: [hours(1, 19, 21), hours(6, 10, 12)],
  }),
  'thomas.leroy@demo.passerelle.org': () => ({
    profile: {
      alumnus: {
        graduationYear: 2009,
        programme: 'MSc Computer Science',
        employer: 'Ubisoft Montréal',
        jobTitle: 'Engineering manager',
        sector: 'it-software',
        city: 'Montréal',
        country: 'CA',
        yearsOfExperience: 15,
        languages: ['en', 'fr'],
        bio: 'Engineering manager in video games; happy to talk about moving to Canada and starting a career in tech.',
        skillIds: ['software-architecture', 'team-management', 'agile-methods'],
        topics: ['career-change', 'international-career', 'entrepreneurship'],
        formats: ['video'],
        capacity: 0,
      },
    },
    availability: [hours(3, 17, 19)],
  }),
  'lea.martin@demo.passerelle.org': () => ({
    profile: {
      student: {
        programme: 'Master Économie appliquée',
        expectedGraduationYear: nextYear(),
        city: 'Paris',
        country: 'FR',
        languages: ['fr', 'en'],
        targetRoles: ['Analyste financière', 'Chargée d’études économiques'],
        targetSectors: ['banking', 'consulting'],
        skillIdsToDevelop: ['financial-modelling', 'sql'],
        preferredFormats: ['video', 'in-person'],
        jobSearchStage: 'preparing-applications',
        strengths: 'Rigueur, goût des chiffres, stage en cabinet d’audit.',
        gaps: 'Peu de réseau dans la banque, entretiens techniques.',
        mentorExpectations: 'Relire mon CV et me préparer aux entretiens.',
        goals: [
          {
            title: 'Décrocher un stage de fin d’études',
            specific: 'Postuler aux stages d’analyste dans cinq banques',
            measurable: '15 candidatures et 3 entretiens',
            targetDate: `${nextYear()}-03-31`,
          },
        ],
      },
    },
    availability: [hours(3, 14, 17)],
  }),
  'moussa.diop@demo.passerelle.org': () => ({
    profile: {
      student: {
        programme: 'Licence Informatique',
        expectedGraduationYear: nextYear(),
        city: 'Dakar',
        country: 'SN',
        languages: ['fr', 'wo', 'en'],
        targetRoles: ['Développeur web'],
        targetSectors: ['it-software'],
        skillIdsToDevelop: ['typescript', 'cloud-computing'],
        preferredFormats: ['video', 'chat'],
        jobSearchStage: 'exploring',
        mentorExpectations: 'Comprendre les métiers du logiciel et construire un réseau.',
        offersReverseMentoring: true,
        reverseMentoringOffer: ['ai-tools', 'new-technologies'],
      },
    },
  }),
  'emma.tremblay@demo.passerelle.org': () => ({
    profile: {
      student: {
        programme: 'BBA Marketing',
        expectedGraduationYear: nextYear(),
        city: 'Toronto',
        country: 'CA',
        languages: ['en', 'fr'],
        targetRoles: ['Brand manager'],
        targetSectors: ['marketing-communication', 'retail-consumer-goods'],
        skillIdsToDevelop: ['brand-management', 'market-research'],
        preferredFormats: ['video'],
        jobSearchStage: 'applying',
        offersReverseMentoring: true,
        reverseMentoringOffer: ['social-networks', 'ai-tools'],
      },
    },
    availability: [hours(2, 9, 11)],
  }),
};

/**
 * Gives each demo login its profile, through the same rules, events and
 * directory updates as a person saving the form. A profile already saved is
 * left alone, so a restart never undoes what someone changed in the demo.
 */
@Injectable()
export class DemoProfiles {
  private readonly logger = new Logger('DemoProfiles');

  constructor(
    private readonly accounts: AccountsService,
    private readonly profiles: ProfileService,
  ) {}

  async apply(): Promise<void> {
    let filled = 0;
    for (const [email, build] of Object.entries(DEMO_PROFILES)) {
      const account = await this.accounts.findByEmail(email);
      if (!account) continue;
      const actor = { userId: account.id, role: account.role };
      if ((await this.profiles.getMine(actor)).updatedAt !== null) continue;
      const { profile, availability } = build();
      await this.profiles.update(actor, account.id, profile);
      if (availability) {
        await this.profiles.updateAvailability(actor, { timeZone: account.timeZone, slots: availability });
      }
      filled += 1;
    }
    if (filled > 0) this.logger.log(`Demo data: ${filled} demo login profile(s) filled`);
  }
}
