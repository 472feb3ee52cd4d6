import type { StoredQuizQuestion } from './training-module.entity.js';

export interface TrainingModuleDefinition {
  id: string;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  contentFr: string;
  contentEn: string;
  passMarkPercent: number;
  questions: StoredQuizQuestion[];
}

type Choice = [id: string, fr: string, en: string];

/** A question written compactly: the first choice listed is not necessarily the right one. */
const question = (
  id: string,
  promptFr: string,
  promptEn: string,
  correctChoiceId: string,
  choices: Choice[],
): StoredQuizQuestion => ({
  id,
  promptFr,
  promptEn,
  correctChoiceId,
  choices: choices.map(([choiceId, labelFr, labelEn]) => ({ id: choiceId, labelFr, labelEn })),
});

/**
 * The mentor training, in the order it is taken. Loaded at every start (ids
 * are stable: completions point at them). A pass needs 3 right answers of 4.
 */
export const TRAINING_CATALOGUE: TrainingModuleDefinition[] = [
  {
    id: 'role-of-a-mentor',
    titleFr: 'Le rôle du mentor',
    titleEn: 'The role of a mentor',
    summaryFr: 'Ce que le mentor fait, et ce qu’il ne fait pas.',
    summaryEn: 'What a mentor does, and what they do not do.',
    contentFr: `## Le rôle du mentor

Un mentor partage son expérience pour aider un étudiant ou un jeune diplômé à **trouver sa propre voie** vers l'emploi.

**Le mentor :**
- écoute et pose des questions qui font réfléchir ;
- partage son parcours, ses réussites *et* ses erreurs ;
- aide à fixer des objectifs concrets (SMART) et à les suivre ;
- ouvre, s'il le souhaite, son réseau avec discernement.

**Le mentor ne fait pas à la place :** il ne rédige pas le CV, ne choisit pas la carrière du mentoré et ne promet pas d'emploi.

La relation dure le temps du programme (quelques mois) ; elle se termine par un bilan.`,
    contentEn: `## The role of a mentor

A mentor shares their experience to help a student or young graduate **find their own path** into work.

**A mentor:**
- listens and asks questions that make the mentee think;
- shares their career, its successes *and* its mistakes;
- helps set concrete (SMART) goals and follow them up;
- may open their network, with judgement.

**A mentor does not do it for them:** they do not write the CV, choose the mentee's career or promise a job.

The relationship lasts as long as the programme (a few months) and ends with a review.`,
    passMarkPercent: 75,
    questions: [
      question('goal', 'Quel est le but du mentorat ?', 'What is mentoring for?', 'own-path', [
        ['own-path', 'Aider le mentoré à trouver sa propre voie', 'Helping the mentee find their own path'],
        ['hire', 'Recruter le mentoré dans son entreprise', 'Hiring the mentee into your company'],
        ['decide', 'Choisir la carrière du mentoré', "Choosing the mentee's career"],
      ]),
      question(
        'cv',
        'Le mentoré vous demande d’écrire son CV. Que faites-vous ?',
        'Your mentee asks you to write their CV. What do you do?',
        'review',
        [
          ['write', 'Je l’écris pour lui', 'I write it for them'],
          [
            'review',
            'Je relis son CV et je l’aide à l’améliorer lui-même',
            'I review their CV and help them improve it themselves',
          ],
          ['refuse', 'Je refuse d’en parler', 'I refuse to talk about it'],
        ],
      ),
      question('goals', 'Quels objectifs aider à fixer ?', 'Which goals should you help set?', 'smart', [
        ['vague', 'Des objectifs larges, pour ne pas décourager', 'Broad goals, so as not to discourage'],
        ['smart', 'Des objectifs précis, mesurables et datés', 'Specific, measurable goals with a date'],
        ['none', 'Aucun : le mentorat est informel', 'None: mentoring is informal'],
      ]),
      question(
        'mistakes',
        'Faut-il parler de ses propres erreurs ?',
        'Should you talk about your own mistakes?',
        'yes',
        [
          ['yes', 'Oui, elles sont souvent très instructives', 'Yes, they are often very instructive'],
          ['no', 'Non, seulement des réussites', 'No, only successes'],
        ],
      ),
    ],
  },
  {
    id: 'active-listening',
    titleFr: 'L’écoute active',
    titleEn: 'Active listening',
    summaryFr: 'Comprendre avant de conseiller.',
    summaryEn: 'Understand before you advise.',
    contentFr: `## L'écoute active

Écouter activement, c'est chercher à **comprendre** avant de **conseiller**.

1. **Laisser parler** : ne pas interrompre, accepter les silences.
2. **Poser des questions ouvertes** : « Qu'est-ce qui t'attire dans ce métier ? » plutôt que « Tu aimes ce métier ? ».
3. **Reformuler** : « Si je comprends bien, tu hésites entre… » — cela montre que vous avez compris et aide le mentoré à clarifier.
4. **Suspendre son jugement** : la situation du mentoré n'est pas la vôtre il y a quinze ans.
5. **Conseiller ensuite**, et seulement si c'est utile, en proposant plutôt qu'en imposant.`,
    contentEn: `## Active listening

Listening actively means trying to **understand** before you **advise**.

1. **Let them talk**: do not interrupt, accept silences.
2. **Ask open questions**: "What draws you to this job?" rather than "Do you like this job?".
3. **Rephrase**: "If I understand correctly, you are hesitating between…" — it shows you understood and helps the mentee clarify.
4. **Suspend judgement**: the mentee's situation is not yours fifteen years ago.
5. **Advise afterwards**, and only when useful, by suggesting rather than imposing.`,
    passMarkPercent: 75,
    questions: [
      question(
        'open-question',
        'Laquelle est une question ouverte ?',
        'Which one is an open question?',
        'what-draws',
        [
          ['like', 'Tu aimes ce métier ?', 'Do you like this job?'],
          ['what-draws', 'Qu’est-ce qui t’attire dans ce métier ?', 'What draws you to this job?'],
          ['applied', 'As-tu postulé ?', 'Did you apply?'],
        ],
      ),
      question('rephrase', 'À quoi sert la reformulation ?', 'What is rephrasing for?', 'check', [
        [
          'check',
          'Vérifier qu’on a compris et aider à clarifier',
          'Checking you understood and helping clarify',
        ],
        ['fill', 'Remplir les silences', 'Filling silences'],
        ['correct', 'Corriger ce que dit le mentoré', 'Correcting what the mentee says'],
      ]),
      question(
        'silence',
        'Le mentoré se tait après une question. Vous…',
        'The mentee goes quiet after a question. You…',
        'wait',
        [
          ['wait', 'Laissez le silence : il réfléchit', 'Let the silence be: they are thinking'],
          ['answer', 'Répondez à sa place', 'Answer for them'],
          ['topic', 'Changez de sujet', 'Change the subject'],
        ],
      ),
      question('advice', 'Quand donner un conseil ?', 'When should you give advice?', 'after', [
        ['first', 'Dès le début, pour gagner du temps', 'Right away, to save time'],
        [
          'after',
          'Après avoir compris la situation, en le proposant',
          'Once you understand the situation, as a suggestion',
        ],
        ['never', 'Jamais', 'Never'],
      ]),
    ],
  },
  {
    id: 'confidentiality',
    titleFr: 'La confidentialité',
    titleEn: 'Confidentiality',
    summaryFr: 'Ce qui se dit en mentorat reste en mentorat.',
    summaryEn: 'What is said in mentoring stays in mentoring.',
    contentFr: `## La confidentialité

La confiance est la condition du mentorat : le mentoré doit pouvoir parler de ses doutes sans crainte.

- **Ne rien transmettre** (CV, difficultés, projets) sans l'accord explicite du mentoré — y compris à vos collègues ou à votre service RH.
- **Protéger les documents** reçus : ne pas les partager, les supprimer à la fin du mentorat.
- **Utiliser la messagerie de la plateforme** plutôt que des canaux personnels quand c'est possible.
- **La seule exception** : un danger pour la personne ou pour autrui. Vous en parlez alors à l'équipe de l'association, qui sait comment agir.`,
    contentEn: `## Confidentiality

Trust is what mentoring needs: mentees must be able to talk about their doubts without fear.

- **Pass nothing on** (CV, difficulties, plans) without the mentee's explicit agreement — including to your colleagues or your HR department.
- **Protect the documents** you receive: do not share them, delete them when the mentoring ends.
- **Use the platform's messaging** rather than personal channels when you can.
- **The only exception**: a danger to the person or to others. You then tell the association's team, who know how to act.`,
    passMarkPercent: 75,
    questions: [
      question(
        'hr',
        'Votre service RH demande le CV de votre mentoré.',
        "Your HR department asks for your mentee's CV.",
        'ask-first',
        [
          ['send', 'Je l’envoie, c’est pour l’aider', 'I send it, it is to help them'],
          ['ask-first', 'Je demande d’abord l’accord du mentoré', "I ask for the mentee's agreement first"],
          ['anonymous', 'Je l’envoie en masquant le nom', 'I send it with the name hidden'],
        ],
      ),
      question(
        'documents',
        'À la fin du mentorat, les documents reçus…',
        'When the mentoring ends, the documents you received…',
        'delete',
        [
          ['keep', 'sont gardés au cas où', 'are kept just in case'],
          ['delete', 'sont supprimés', 'are deleted'],
          ['share', 'sont partagés avec le mentor suivant', 'are shared with the next mentor'],
        ],
      ),
      question(
        'danger',
        'Le mentoré évoque une situation dangereuse pour lui.',
        'Your mentee mentions a situation that endangers them.',
        'team',
        [
          ['silent', 'Je garde le secret quoi qu’il arrive', 'I keep it secret whatever happens'],
          ['team', 'J’en parle à l’équipe de l’association', "I tell the association's team"],
          ['social', 'J’en parle sur les réseaux sociaux', 'I post about it on social media'],
        ],
      ),
      question('channel', 'Quel canal privilégier ?', 'Which channel should you prefer?', 'platform', [
        ['platform', 'La messagerie de la plateforme', "The platform's messaging"],
        ['personal', 'Mon téléphone personnel, toujours', 'My personal phone, always'],
        ['group', 'Un groupe public', 'A public group chat'],
      ]),
    ],
  },
  {
    id: 'how-a-session-runs',
    titleFr: 'Le déroulé d’une séance',
    titleEn: 'How a session runs',
    summaryFr: 'Préparer, mener et conclure une séance de 45 minutes.',
    summaryEn: 'Prepare, run and close a 45-minute session.',
    contentFr: `## Le déroulé d'une séance

Une séance dure en général **45 minutes à une heure**.

1. **Avant** : relire les notes et les actions de la séance précédente ; le mentoré envoie l'objectif du jour.
2. **Ouverture (5 min)** : prendre des nouvelles, rappeler l'objectif.
3. **Cœur (30 min)** : faire le point sur les actions, traiter le sujet du jour (CV, entretien, réseau…).
4. **Conclusion (10 min)** : le mentoré résume ; vous fixez ensemble 1 à 3 actions datées et la prochaine date.
5. **Après** : noter les actions sur la plateforme ; prévenir au plus tôt en cas d'empêchement.`,
    contentEn: `## How a session runs

A session usually lasts **45 minutes to an hour**.

1. **Before**: reread the notes and action items of the last session; the mentee sends the goal of the day.
2. **Opening (5 min)**: catch up, restate the goal.
3. **Core (30 min)**: review the action items, work on the topic of the day (CV, interview, network…).
4. **Closing (10 min)**: the mentee sums up; together you set 1 to 3 dated action items and the next date.
5. **After**: record the action items on the platform; warn as early as possible if you cannot make it.`,
    passMarkPercent: 75,
    questions: [
      question('prepare', 'Avant une séance, le mentor…', 'Before a session, the mentor…', 'reread', [
        ['reread', 'relit les notes et actions précédentes', 'rereads the previous notes and action items'],
        ['nothing', 'n’a rien à préparer', 'has nothing to prepare'],
        ['agenda', 'impose seul l’ordre du jour', 'sets the agenda alone'],
      ]),
      question('close', 'Comment conclure une séance ?', 'How should a session close?', 'actions', [
        [
          'actions',
          'Le mentoré résume, 1 à 3 actions datées, prochaine date',
          'The mentee sums up, 1 to 3 dated actions, next date',
        ],
        ['abrupt', 'S’arrêter quand le temps est écoulé', 'Stop when time is up'],
        ['homework', 'Donner dix devoirs', 'Hand out ten assignments'],
      ]),
      question('length', 'Quelle durée habituelle ?', 'What is the usual length?', 'hour', [
        ['ten', '10 minutes', '10 minutes'],
        ['hour', '45 minutes à une heure', '45 minutes to an hour'],
        ['half-day', 'Une demi-journée', 'Half a day'],
      ]),
      question('cancel', 'Vous ne pouvez pas venir. Vous…', 'You cannot make it. You…', 'warn-early', [
        [
          'warn-early',
          'prévenez le plus tôt possible et proposez une autre date',
          'warn as early as possible and offer another date',
        ],
        ['no-show', 'ne venez pas, il comprendra', 'do not show up, they will understand'],
        ['last-minute', 'prévenez cinq minutes avant', 'warn five minutes before'],
      ]),
    ],
  },
];
