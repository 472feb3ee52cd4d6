/** The `suggestions` strings: the "find a mentor" page. */
export const suggestionsFr = {
  nav: 'Trouver un mentor',
  title: 'Trouver un mentor',
  intro: {
    classic:
      'Les mentors qui correspondent le mieux à votre profil, avec ce qui les rapproche de vous. Choisissez-en jusqu’à trois, dans l’ordre : votre demande leur parvient l’un après l’autre.',
    reverse:
      'Des étudiant·e·s et jeunes diplômé·e·s prêts à vous accompagner sur le numérique. Choisissez-en jusqu’à trois, dans l’ordre : votre demande leur parvient l’un après l’autre.',
  },
  noProgramme: 'Aucun programme de mentorat ne vous est ouvert pour le moment.',
  programme: {
    legend: 'Programme',
    reverse: 'Mentorat inversé',
    hint: {
      classic: 'Un·e ancien·ne vous accompagne dans votre projet professionnel.',
      reverse: 'Un·e étudiant·e ou jeune diplômé·e vous accompagne sur des sujets numériques.',
    },
  },
  filters: {
    label: 'Affiner les suggestions',
    sector: 'Secteur',
    topic: 'Sujet',
    language: 'Langue',
    maxTimeZoneGapHours: 'Décalage horaire',
    format: 'Format',
    gap: '{{hours}} h au plus',
  },
  list: 'Mentors suggérés',
  count_one: '{{count}} mentor suggéré',
  count_other: '{{count}} mentors suggérés',
  card: {
    score: 'Correspondance : {{score}} sur 100',
    reasons: 'Pourquoi ce mentor',
    parts: 'Détail du score',
    points: '{{points}} pts',
    choose: 'Choisir {{name}}',
    chosen: 'Choix n° {{rank}}',
  },
  parts: {
    skills: 'Compétences',
    sector: 'Secteur',
    targetRole: 'Poste visé',
    topics: 'Sujets',
    languages: 'Langues',
    timeZone: 'Fuseau horaire',
    load: 'Places libres',
    responsiveness: 'Réactivité',
    availability: 'Disponibilités communes',
  },
  choices: {
    title: 'Mes choix ({{count}}/{{max}})',
    none: 'Cochez jusqu’à {{max}} mentors dans la liste.',
    order: 'Votre demande ira d’abord au premier ; s’il décline ou ne répond pas, au suivant.',
    up: 'Monter {{name}}',
    down: 'Descendre {{name}}',
    remove: 'Retirer {{name}}',
    removeShort: 'Retirer',
    message: 'Votre message',
    messageHint:
      'Dites ce que vous attendez de ce mentorat ({{min}} caractères au moins ; {{length}} pour l’instant).',
    messageTooShort: 'Écrivez au moins {{min}} caractères.',
    send: 'Envoyer ma demande',
    sending: 'Envoi…',
  },
  empty: {
    title: 'Aucun mentor ne correspond',
    noFilters: 'Aucun mentor n’est disponible pour l’instant. Revenez dans quelques jours.',
    relax: 'Des mentors correspondraient sans l’un de vos filtres :',
    without: 'Retirer le filtre « {{filter}} »',
    relaxSeveral: 'Essayez de retirer plusieurs filtres.',
    profileTitle: 'Complétez d’abord votre profil',
    profile:
      'Nous avons besoin de votre profil (compétences, secteurs, langues, disponibilités) pour vous suggérer des mentors.',
    profileAction: 'Compléter mon profil',
  },
};
