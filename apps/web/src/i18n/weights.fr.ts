/** The `weights` strings: staff's score weights and timings of a programme. */
export const weightsFr = {
  nav: 'Pondérations',
  title: 'Pondérations',
  intro:
    'Ce qui compte dans le score de correspondance d’un mentor, et les délais de chaque programme. Les suggestions, les nouvelles demandes et les cycles utilisent les valeurs enregistrées.',
  programme: 'Programme',
  notFound: 'Ce programme n’existe pas ou plus.',
  usesDefaults: 'Ce programme utilise les poids par défaut.',
  weights: {
    legend: 'Poids des critères',
    intro:
      'Le score additionne les critères, chacun pesant sa part du total : seules les proportions comptent (10, 20 et 30 pèsent comme 1, 2 et 3).',
    share: 'Part du score : {{share}}',
    noShare: 'Part du score : —',
    notCounted: 'Non compté en mentorat inversé.',
    total: 'Total : {{total}} points, répartis comme indiqué sous chaque critère.',
    totalInvalid: 'Les parts s’afficheront quand chaque poids sera un nombre de 0 à {{max}}.',
    totalZero: 'Donnez un poids supérieur à 0 à au moins un critère compté.',
    restore: 'Rétablir les poids par défaut',
    restored: 'Poids par défaut rétablis dans le formulaire : enregistrez pour les appliquer.',
  },
  parts: {
    skills: {
      label: 'Compétences',
      description: 'Les compétences à développer de la personne mentorée que le mentor maîtrise.',
    },
    sector: { label: 'Secteur visé', description: 'Le mentor travaille dans un des secteurs visés.' },
    targetRole: {
      label: 'Poste visé',
      description: 'L’intitulé de poste du mentor reprend les mots du poste visé.',
    },
    topics: {
      label: 'Sujets de mentorat',
      description: 'Les sujets demandés que le mentor propose.',
    },
    languages: {
      label: 'Langue commune',
      description: 'Une langue parlée par les deux, la première surtout.',
    },
    timeZone: {
      label: 'Décalage horaire',
      description: 'Moins il y a d’heures d’écart, plus le critère compte.',
    },
    load: { label: 'Places libres', description: 'La part des places du mentor encore libres.' },
    responsiveness: {
      label: 'Réactivité',
      description: 'Le délai médian de réponse du mentor aux demandes.',
    },
    availability: {
      label: 'Disponibilités communes',
      description: 'Le temps libre en commun dans la semaine.',
    },
  },
  timings: {
    legend: 'Délais',
    requestExpiryDays: 'Délai de réponse (jours)',
    requestExpiryDaysHint:
      'Jours laissés au mentor pour répondre à une demande ; ensuite, elle passe au choix suivant. De {{min}} à {{max}} ; les demandes déjà envoyées gardent le leur.',
    stalledAfterDays: 'Binôme en panne après (jours)',
    stalledAfterDaysHint:
      'Jours sans séance ni message avant qu’un binôme apparaisse dans « Binômes en panne ». De {{min}} à {{max}}.',
    meetingMinutesPerMonth: 'Rencontres par mois (minutes)',
    meetingMinutesPerMonthHint:
      'Le rythme proposé par défaut dans l’accord de mentorat. De {{min}} à {{max}} minutes.',
    durationMonths: 'Durée d’un mentorat (mois)',
    durationMonthsHint: 'La durée proposée par défaut dans l’accord. De {{min}} à {{max}} mois.',
  },
  errors: {
    weight: 'Saisissez un nombre de 0 à {{max}}.',
    days: 'Saisissez un nombre entier de jours, de {{min}} à {{max}}.',
    minutes: 'Saisissez un nombre entier de minutes, de {{min}} à {{max}}.',
    months: 'Saisissez un nombre entier de mois, de {{min}} à {{max}}.',
    allZero: 'Au moins un critère doit avoir un poids supérieur à 0.',
  },
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Pondérations et délais enregistrés.',
};
