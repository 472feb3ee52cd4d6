import type { CountryCode, LanguageCode, Sector } from '@passerelle/contracts';

/*
 * The material the demo population is drawn from: names of the many origins
 * found in a French school's alumni, real-sounding employers and job titles per
 * sector, and cities in France, Europe, Africa and North America with their
 * IANA time zones. Employers are well-known names used only as plausible
 * examples; nobody here is a real person.
 */

export interface NamePool {
  first: readonly string[];
  last: readonly string[];
  /** Languages people of this pool often speak besides French and English. */
  languages: readonly LanguageCode[];
}

export const NAME_POOLS: readonly (readonly [NamePool, number])[] = [
  [
    {
      first: [
        'Camille',
        'Léa',
        'Manon',
        'Chloé',
        'Inès',
        'Juliette',
        'Louise',
        'Clémence',
        'Mathilde',
        'Élise',
        'Hélène',
        'Margaux',
        'Anaïs',
        'Pauline',
        'Zoé',
        'Lucas',
        'Hugo',
        'Théo',
        'Antoine',
        'Julien',
        'Mathieu',
        'Nicolas',
        'Maxime',
        'Baptiste',
        'Guillaume',
        'Étienne',
        'François',
        'Rémi',
        'Clément',
        'Loïc',
        'Gaëlle',
        'Sébastien',
        'Aurélien',
        'Océane',
        'Noémie',
      ],
      last: [
        'Martin',
        'Bernard',
        'Dubois',
        'Thomas',
        'Robert',
        'Richard',
        'Petit',
        'Durand',
        'Leroy',
        'Moreau',
        'Simon',
        'Laurent',
        'Lefèvre',
        'Michel',
        'Garcia',
        'David',
        'Bertrand',
        'Roux',
        'Vincent',
        'Fournier',
        'Morel',
        'Girard',
        'André',
        'Mercier',
        'Dupont',
        'Lambert',
        'Bonnet',
        'François',
        'Fontaine',
        'Chevalier',
        'Rousseau',
        'Blanc',
        'Guérin',
        'Muller',
        'Henry',
        'Perrin',
        'Le Gall',
        'Kerbrat',
        'Castagné',
        'Bélanger',
      ],
      languages: ['es', 'de', 'it'],
    },
    50,
  ],
  [
    {
      first: [
        'Yasmine',
        'Sofia',
        'Nour',
        'Leïla',
        'Amira',
        'Samira',
        'Kenza',
        'Rania',
        'Salma',
        'Meriem',
        'Karim',
        'Mehdi',
        'Yanis',
        'Rayan',
        'Sofiane',
        'Nassim',
        'Bilal',
        'Adam',
        'Ilyes',
        'Hamza',
      ],
      last: [
        'Benali',
        'Haddad',
        'Belkacem',
        'Cherif',
        'Mansouri',
        'Bouzid',
        'El Amrani',
        'Benjelloun',
        'Tazi',
        'Ait Ahmed',
        'Ben Salah',
        'Trabelsi',
        'Khelifi',
        'Saidi',
        'Hamdi',
        'Ouali',
        'Meziane',
        'Chaoui',
      ],
      languages: ['ar', 'es'],
    },
    18,
  ],
  [
    {
      first: [
        'Awa',
        'Aminata',
        'Fatou',
        'Mariama',
        'Aïssatou',
        'Kadiatou',
        'Adjoa',
        'Grâce',
        'Nafissatou',
        'Rokia',
        'Moussa',
        'Mamadou',
        'Ousmane',
        'Ibrahima',
        'Cheikh',
        'Serge',
        'Koffi',
        'Yao',
        'Landry',
        'Abdoulaye',
      ],
      last: [
        'Diop',
        'Ndiaye',
        'Fall',
        'Sow',
        'Diallo',
        'Traoré',
        'Coulibaly',
        'Konaté',
        'Koné',
        'Ouattara',
        'Kouassi',
        'Yao',
        'Mensah',
        'Camara',
        'Sylla',
        'Mbaye',
        'Faye',
        'Touré',
        'Bamba',
        'Kaboré',
      ],
      languages: ['wo', 'ff', 'bm'],
    },
    14,
  ],
  [
    {
      first: ['Linh', 'Mai', 'Thao', 'Anh', 'Minh', 'Duc', 'Mei', 'Jing', 'Wei', 'Hana', 'Kenji', 'Sun'],
      last: ['Nguyen', 'Tran', 'Le', 'Pham', 'Vo', 'Chen', 'Wang', 'Li', 'Zhang', 'Tanaka', 'Kim', 'Park'],
      languages: ['vi', 'zh', 'ja'],
    },
    6,
  ],
  [
    {
      first: [
        'Beatriz',
        'Inês',
        'Mariana',
        'Carla',
        'Lucía',
        'Joana',
        'Tiago',
        'Diogo',
        'João',
        'Pedro',
        'Javier',
        'Diego',
      ],
      last: [
        'Da Silva',
        'Ferreira',
        'Pereira',
        'Costa',
        'Oliveira',
        'Rodrigues',
        'Martins',
        'Sousa',
        'Fernández',
        'López',
      ],
      languages: ['pt', 'es'],
    },
    7,
  ],
  [
    {
      first: [
        'Emma',
        'Olivia',
        'Chloe',
        'Sarah',
        'Laurence',
        'Geneviève',
        'Liam',
        'Noah',
        'William',
        'Félix',
        'Olivier',
        'Jacob',
      ],
      last: [
        'Tremblay',
        'Gagnon',
        'Roy',
        'Côté',
        'Gauthier',
        'Bouchard',
        'Smith',
        'Johnson',
        'Brown',
        'Wilson',
      ],
      languages: ['es'],
    },
    5,
  ],
];

export interface DemoCity {
  city: string;
  country: CountryCode;
  timeZone: string;
  /** How many alumni live there, relatively. */
  weight: number;
}

export const CITIES: readonly DemoCity[] = [
  { city: 'Paris', country: 'FR', timeZone: 'Europe/Paris', weight: 30 },
  { city: 'Lyon', country: 'FR', timeZone: 'Europe/Paris', weight: 8 },
  { city: 'Marseille', country: 'FR', timeZone: 'Europe/Paris', weight: 4 },
  { city: 'Toulouse', country: 'FR', timeZone: 'Europe/Paris', weight: 4 },
  { city: 'Bordeaux', country: 'FR', timeZone: 'Europe/Paris', weight: 4 },
  { city: 'Lille', country: 'FR', timeZone: 'Europe/Paris', weight: 4 },
  { city: 'Nantes', country: 'FR', timeZone: 'Europe/Paris', weight: 4 },
  { city: 'Rennes', country: 'FR', timeZone: 'Europe/Paris', weight: 2 },
  { city: 'Strasbourg', country: 'FR', timeZone: 'Europe/Paris', weight: 2 },
  { city: 'Grenoble', country: 'FR', timeZone: 'Europe/Paris', weight: 2 },
  { city: 'Montpellier', country: 'FR', timeZone: 'Europe/Paris', weight: 2 },
  { city: 'Saint-Denis (La Réunion)', country: 'RE', timeZone: 'Indian/Reunion', weight: 1 },
  { city: 'Bruxelles', country: 'BE', timeZone: 'Europe/Brussels', weight: 3 },
  { city: 'Genève', country: 'CH', timeZone: 'Europe/Zurich', weight: 2 },
  { city: 'Luxembourg', country: 'LU', timeZone: 'Europe/Luxembourg', weight: 2 },
  { city: 'Londres', country: 'GB', timeZone: 'Europe/London', weight: 4 },
  { city: 'Berlin', country: 'DE', timeZone: 'Europe/Berlin', weight: 2 },
  { city: 'Amsterdam', country: 'NL', timeZone: 'Europe/Amsterdam', weight: 2 },
  { city: 'Madrid', country: 'ES', timeZone: 'Europe/Madrid', weight: 2 },
  { city: 'Barcelone', country: 'ES', timeZone: 'Europe/Madrid', weight: 1 },
  { city: 'Lisbonne', country: 'PT', timeZone: 'Europe/Lisbon', weight: 1 },
  { city: 'Milan', country: 'IT', timeZone: 'Europe/Rome', weight: 1 },
  { city: 'Dakar', country: 'SN', timeZone: 'Africa/Dakar', weight: 4 },
  { city: 'Abidjan', country: 'CI', timeZone: 'Africa/Abidjan', weight: 4 },
  { city: 'Casablanca', country: 'MA', timeZone: 'Africa/Casablanca', weight: 3 },
  { city: 'Rabat', country: 'MA', timeZone: 'Africa/Casablanca', weight: 1 },
  { city: 'Tunis', country: 'TN', timeZone: 'Africa/Tunis', weight: 3 },
  { city: 'Alger', country: 'DZ', timeZone: 'Africa/Algiers', weight: 2 },
  { city: 'Douala', country: 'CM', timeZone: 'Africa/Douala', weight: 1 },
  { city: 'Kigali', country: 'RW', timeZone: 'Africa/Kigali', weight: 1 },
  { city: 'Montréal', country: 'CA', timeZone: 'America/Toronto', weight: 4 },
  { city: 'Québec', country: 'CA', timeZone: 'America/Toronto', weight: 1 },
  { city: 'Toronto', country: 'CA', timeZone: 'America/Toronto', weight: 1 },
  { city: 'New York', country: 'US', timeZone: 'America/New_York', weight: 2 },
  { city: 'San Francisco', country: 'US', timeZone: 'America/Los_Angeles', weight: 1 },
  { city: 'Dubaï', country: 'AE', timeZone: 'Asia/Dubai', weight: 1 },
  { city: 'Singapour', country: 'SG', timeZone: 'Asia/Singapore', weight: 1 },
];

/** Skill families of the taxonomy (skill-catalogue.ts) useful in a sector, besides everyone's. */
export interface SectorProfile {
  employers: readonly string[];
  titles: readonly string[];
  skills: readonly string[];
}

const DATA = ['data-analysis', 'sql', 'power-bi', 'python-data', 'machine-learning', 'data-visualisation'];
const FINANCE = [
  'financial-analysis',
  'financial-modelling',
  'corporate-finance',
  'budgeting',
  'risk-management',
];
const MARKETING = [
  'digital-marketing',
  'seo',
  'content-marketing',
  'social-media-management',
  'brand-management',
];
const SALES = ['b2b-sales', 'key-account-management', 'business-development', 'negotiation', 'prospecting'];
const MANAGEMENT = [
  'project-management',
  'team-management',
  'strategy',
  'change-management',
  'lean-management',
];
const SOFTWARE = ['javascript', 'typescript', 'java', 'python', 'cloud-computing', 'devops', 'agile-methods'];
const ENGINEERING = [
  'mechanical-engineering',
  'industrial-engineering',
  'quality-management',
  'cad',
  'maintenance',
];
const HR = ['recruitment', 'talent-management', 'training-development', 'labour-law', 'employer-branding'];
const LAW = ['business-law', 'contract-law', 'compliance', 'gdpr', 'intellectual-property', 'legal-drafting'];
const GREEN = ['csr', 'carbon-accounting', 'esg-reporting', 'circular-economy', 'energy-transition'];
const IMPACT = ['social-entrepreneurship', 'fundraising', 'impact-measurement', 'international-development'];

export const SECTOR_PROFILES: Readonly<Record<Sector, SectorProfile>> = {
  'agriculture-food': {
    employers: ['Danone', 'Lactalis', 'Bonduelle', 'Sodiaal', 'InVivo', 'Nestlé', 'OCP Group', 'SIFCA'],
    titles: [
      'Responsable qualité',
      'Chef de produit',
      'Acheteuse matières premières',
      'Ingénieur agronome',
      'Responsable supply chain',
    ],
    skills: ['quality-management', 'supply-chain', 'purchasing', 'csr', ...MANAGEMENT.slice(0, 2)],
  },
  'architecture-construction': {
    employers: [
      'Vinci Construction',
      'Bouygues Bâtiment',
      'Eiffage',
      'Spie batignolles',
      'Colas',
      'Wilmotte & Associés',
    ],
    titles: [
      'Conducteur de travaux',
      'Architecte',
      'Ingénieure structure',
      'Chargée d’affaires',
      'BIM manager',
    ],
    skills: ['civil-engineering', 'project-management', 'cad', 'health-safety', 'public-procurement'],
  },
  'arts-culture': {
    employers: [
      'Centre Pompidou',
      'Musée du Louvre',
      'Fondation Cartier',
      'Institut français',
      'Philharmonie de Paris',
    ],
    titles: [
      'Chargée de production',
      'Médiateur culturel',
      'Responsable du mécénat',
      'Régisseuse d’exposition',
    ],
    skills: ['event-management', 'fundraising', 'public-relations', 'storytelling', 'project-management'],
  },
  'automotive-transport': {
    employers: ['Renault Group', 'Stellantis', 'SNCF', 'RATP', 'Air France', 'Michelin', 'Valeo', 'Alstom'],
    titles: [
      'Ingénieur méthodes',
      'Cheffe de projet véhicule',
      'Responsable des opérations',
      'Ingénieure systèmes embarqués',
    ],
    skills: [
      'embedded-systems',
      'industrial-engineering',
      'quality-management',
      'production-planning',
      'lean-management',
    ],
  },
  banking: {
    employers: [
      'BNP Paribas',
      'Société Générale',
      'Crédit Agricole CIB',
      'Natixis',
      'BPCE',
      'Attijariwafa Bank',
      'Ecobank',
      'Desjardins',
      'Goldman Sachs',
    ],
    titles: [
      'Analyste crédit',
      'Chargée d’affaires entreprises',
      'Gérant de portefeuille',
      'Responsable conformité',
      'Trader',
    ],
    skills: [...FINANCE, 'anti-money-laundering', 'compliance', 'asset-management'],
  },
  consulting: {
    employers: [
      'Capgemini Invent',
      'Accenture',
      'Wavestone',
      'McKinsey & Company',
      'BCG',
      'Sia Partners',
      'Kea',
      'Onepoint',
    ],
    titles: [
      'Consultante senior',
      'Manager',
      'Consultant en stratégie',
      'Directrice de mission',
      'Consultant data',
    ],
    skills: [
      'consulting-skills',
      'strategy',
      'change-management',
      'process-improvement',
      'business-plan',
      ...DATA.slice(0, 2),
    ],
  },
  'education-research': {
    employers: [
      'CNRS',
      'Inria',
      'Sorbonne Université',
      'Université de Montréal',
      'Institut Pasteur',
      'OpenClassrooms',
    ],
    titles: [
      'Enseignante-chercheuse',
      'Ingénieur de recherche',
      'Responsable pédagogique',
      'Chargé de relations entreprises',
    ],
    skills: [
      'training-development',
      'public-speaking',
      'statistics',
      'written-communication',
      'facilitation',
    ],
  },
  'energy-environment': {
    employers: [
      'EDF',
      'Engie',
      'TotalEnergies',
      'Schneider Electric',
      'Veolia',
      'Suez',
      'Neoen',
      'Hydro-Québec',
    ],
    titles: [
      'Ingénieure énergies renouvelables',
      'Chef de projet éolien',
      'Responsable RSE',
      'Analyste marchés de l’énergie',
    ],
    skills: [...GREEN, 'electrical-engineering', 'project-management'],
  },
  'engineering-industry': {
    employers: [
      'Airbus',
      'Safran',
      'Thales',
      'Dassault Systèmes',
      'Saint-Gobain',
      'Air Liquide',
      'Alstom',
      'Siemens',
    ],
    titles: [
      'Ingénieur production',
      'Responsable maintenance',
      'Ingénieure qualité',
      'Chef de projet industriel',
      'Responsable HSE',
    ],
    skills: [...ENGINEERING, 'production-planning', 'health-safety', 'lean-management'],
  },
  'fashion-luxury': {
    employers: ['LVMH', 'Kering', 'Hermès', 'Chanel', 'L’Oréal Luxe', 'Louis Vuitton', 'Cartier'],
    titles: [
      'Cheffe de produit',
      'Responsable merchandising',
      'Directeur de boutique',
      'Chargée de communication digitale',
    ],
    skills: ['brand-management', 'retail-management', 'product-marketing', 'digital-marketing', 'purchasing'],
  },
  'healthcare-pharma': {
    employers: ['Sanofi', 'Servier', 'Ipsen', 'AP-HP', 'bioMérieux', 'Doctolib', 'Pfizer', 'Novartis'],
    titles: [
      'Chef de projet clinique',
      'Responsable affaires réglementaires',
      'Pharmacienne',
      'Responsable market access',
    ],
    skills: ['project-management', 'compliance', 'quality-management', 'statistics', 'product-marketing'],
  },
  'hospitality-tourism': {
    employers: ['Accor', 'Club Med', 'Pierre & Vacances', 'Air France', 'Radisson Blu Dakar', 'Sofitel'],
    titles: ['Directrice d’hôtel', 'Revenue manager', 'Responsable événementiel', 'Chef de réception'],
    skills: ['customer-service', 'event-management', 'team-management', 'operations-management', 'b2c-sales'],
  },
  'human-resources': {
    employers: [
      'Adecco',
      'Randstad',
      'ManpowerGroup',
      'Michael Page',
      'Welcome to the Jungle',
      'Orange',
      'Decathlon',
    ],
    titles: [
      'Chargée de recrutement',
      'Responsable RH',
      'HR business partner',
      'Responsable formation',
      'Talent acquisition manager',
    ],
    skills: [...HR, 'payroll', 'diversity-inclusion', 'career-coaching'],
  },
  insurance: {
    employers: ['AXA', 'Allianz France', 'Generali', 'CNP Assurances', 'Covéa', 'Saham Assurance'],
    titles: ['Actuaire', 'Souscriptrice', 'Gestionnaire de sinistres', 'Responsable des risques'],
    skills: ['risk-management', 'statistics', 'financial-analysis', 'compliance', 'data-analysis'],
  },
  'it-software': {
    employers: [
      'Dassault Systèmes',
      'OVHcloud',
      'Capgemini',
      'Sopra Steria',
      'Datadog',
      'Google',
      'Microsoft',
      'Criteo',
      'BlaBlaCar',
      'Orange Business',
    ],
    titles: [
      'Développeuse full-stack',
      'Développeur back-end',
      'Ingénieure DevOps',
      'Product manager',
      'Architecte cloud',
      'Data scientist',
      'Responsable sécurité des systèmes',
    ],
    skills: [...SOFTWARE, 'cybersecurity', 'software-architecture', 'product-management', ...DATA.slice(3)],
  },
  law: {
    employers: [
      'Gide Loyrette Nouel',
      'Bredin Prat',
      'Fidal',
      'CMS Francis Lefebvre',
      'Clifford Chance',
      'Baker McKenzie',
    ],
    titles: [
      'Avocate d’affaires',
      'Juriste droit social',
      'Juriste conformité',
      'Avocat en propriété intellectuelle',
    ],
    skills: [...LAW, 'labour-law', 'competition-law', 'litigation'],
  },
  'logistics-supply-chain': {
    employers: ['CMA CGM', 'Geodis', 'Bolloré Logistics', 'DHL', 'Amazon', 'FM Logistic', 'Kuehne+Nagel'],
    titles: [
      'Responsable logistique',
      'Supply chain planner',
      'Acheteur',
      'Responsable d’entrepôt',
      'Responsable transport',
    ],
    skills: ['supply-chain', 'logistics', 'purchasing', 'erp-sap', 'production-planning', 'lean-management'],
  },
  'marketing-communication': {
    employers: ['Publicis', 'Havas', 'L’Oréal', 'Decathlon', 'Ubisoft', 'Deezer', 'Ogilvy'],
    titles: [
      'Cheffe de projet marketing digital',
      'Responsable communication',
      'Brand manager',
      'Growth marketer',
      'Chargé de relations presse',
    ],
    skills: [...MARKETING, 'public-relations', 'copywriting', 'web-analytics', 'growth-hacking'],
  },
  'media-publishing': {
    employers: [
      'Radio France',
      'France Télévisions',
      'Le Monde',
      'Hachette Livre',
      'Jeune Afrique',
      'TV5Monde',
      'Canal+',
    ],
    titles: [
      'Journaliste',
      'Rédactrice en chef adjointe',
      'Chef de projet éditorial',
      'Responsable audience',
    ],
    skills: ['written-communication', 'storytelling', 'video-editing', 'content-marketing', 'web-analytics'],
  },
  'ngo-social-economy': {
    employers: [
      'Médecins Sans Frontières',
      'Croix-Rouge française',
      'Emmaüs',
      'Action contre la Faim',
      'Ashoka',
      'SOS Villages d’Enfants',
    ],
    titles: [
      'Responsable de programme',
      'Chargée de plaidoyer',
      'Coordinateur terrain',
      'Responsable collecte de fonds',
    ],
    skills: [...IMPACT, 'project-management', 'public-policy', 'intercultural-communication'],
  },
  'public-sector': {
    employers: [
      'Ministère de l’Économie',
      'Ville de Paris',
      'Région Auvergne-Rhône-Alpes',
      'Banque de France',
      'Agence française de développement',
      'Commission européenne',
    ],
    titles: [
      'Chargée de mission',
      'Attaché d’administration',
      'Cheffe de projet transformation numérique',
      'Économiste',
    ],
    skills: [
      'public-policy',
      'public-procurement',
      'project-management',
      'written-communication',
      'international-development',
    ],
  },
  'real-estate': {
    employers: [
      'Nexity',
      'Unibail-Rodamco-Westfield',
      'Icade',
      'BNP Paribas Real Estate',
      'Gecina',
      'Foncia',
    ],
    titles: [
      'Asset manager',
      'Chargée d’opérations immobilières',
      'Responsable de programme',
      'Analyste investissement',
    ],
    skills: ['asset-management', 'financial-modelling', 'negotiation', 'project-management', 'business-law'],
  },
  'retail-consumer-goods': {
    employers: [
      'Carrefour',
      'Decathlon',
      'Leroy Merlin',
      'Fnac Darty',
      'Procter & Gamble',
      'Unilever',
      'Marjane',
    ],
    titles: [
      'Category manager',
      'Responsable de magasin',
      'Acheteuse',
      'Cheffe de produit',
      'Responsable e-commerce',
    ],
    skills: ['retail-management', 'purchasing', 'b2c-sales', 'product-marketing', 'crm', 'supply-chain'],
  },
  sales: {
    employers: ['Salesforce', 'Schneider Electric', 'Orange Business', 'Cegid', 'Sage', 'Legrand', 'HubSpot'],
    titles: [
      'Key account manager',
      'Business developer',
      'Directrice commerciale',
      'Ingénieur d’affaires',
      'Customer success manager',
    ],
    skills: [...SALES, 'salesforce', 'crm', 'customer-success', 'sales-management'],
  },
  telecommunications: {
    employers: [
      'Orange',
      'SFR',
      'Bouygues Telecom',
      'Free',
      'Sonatel',
      'MTN Côte d’Ivoire',
      'Maroc Telecom',
      'Ericsson',
    ],
    titles: [
      'Ingénieure réseaux',
      'Chef de produit mobile',
      'Responsable déploiement fibre',
      'Architecte télécoms',
    ],
    skills: [
      'electrical-engineering',
      'cloud-computing',
      'cybersecurity',
      'project-management',
      'product-management',
    ],
  },
  'audit-accounting': {
    employers: ['Deloitte', 'PwC', 'EY', 'KPMG', 'Mazars', 'Grant Thornton', 'BDO'],
    titles: [
      'Auditrice financière',
      'Expert-comptable',
      'Manager audit',
      'Contrôleur de gestion',
      'Consultante transaction services',
    ],
    skills: ['audit', 'accounting', 'ifrs', 'management-control', 'taxation', 'excel-advanced'],
  },
};

/** What every alumnus may also offer, whatever the sector. */
export const TRANSVERSAL_SKILLS = [
  'public-speaking',
  'negotiation',
  'leadership',
  'team-management',
  'intercultural-communication',
  'cv-writing',
  'job-interview',
  'linkedin-profile',
  'networking-skills',
  'career-planning',
  'business-english',
  'office-suite',
  'generative-ai',
  'time-management',
  'problem-solving',
] as const;

export const PROGRAMMES = [
  'Programme Grande École',
  'Bachelor in Business Administration',
  'MSc Finance',
  'MSc Marketing digital',
  'MSc Data & Business Analytics',
  'Diplôme d’ingénieur généraliste',
  'Master Droit des affaires',
  'MSc Supply Chain Management',
  'Master Ressources humaines',
  'MBA Executive',
] as const;

/** Openings of a short bio, in the first person, with the job and employer filled in. */
export const BIO_OPENINGS = [
  'Après {years} ans dans le secteur, je suis aujourd’hui {title} chez {employer}.',
  '{title} chez {employer}, j’ai commencé ma carrière par un stage de fin d’études qui a tout changé.',
  'Diplômé·e en {year}, je travaille comme {title} chez {employer} depuis quelques années.',
  'Je suis {title} chez {employer} et j’aime transmettre ce que j’ai appris sur le terrain.',
] as const;

export const BIO_ENDINGS = [
  'Je peux vous aider à relire votre CV et à préparer vos entretiens.',
  'J’ai changé de métier une fois : je peux vous raconter comment préparer une reconversion.',
  'J’ai travaillé à l’étranger et je conseille volontiers celles et ceux qui visent une carrière internationale.',
  'Je connais bien les codes du secteur et je partage mon réseau avec plaisir.',
  'J’ai créé une petite entreprise avant de rejoindre un grand groupe : parlons entrepreneuriat !',
  'I am happy to mentor in English too, especially for a first job abroad.',
] as const;

export const TARGET_ROLES_BY_SECTOR: Readonly<Partial<Record<Sector, readonly string[]>>> = {
  'it-software': ['Développeuse web', 'Data analyst', 'Product owner', 'Ingénieur cloud'],
  consulting: ['Consultant junior', 'Analyste en stratégie'],
  banking: ['Analyste financier', 'Chargée de clientèle entreprises', 'Analyste risques'],
  'marketing-communication': [
    'Chargée de marketing digital',
    'Assistant chef de produit',
    'Community manager',
  ],
  'audit-accounting': ['Auditeur junior', 'Contrôleuse de gestion'],
  'human-resources': ['Chargé de recrutement', 'Assistante RH'],
  'energy-environment': ['Chargée de mission RSE', 'Ingénieur énergies renouvelables'],
  'logistics-supply-chain': ['Supply chain analyst', 'Acheteuse junior'],
  sales: ['Business developer', 'Account executive'],
  'ngo-social-economy': ['Chargée de projet solidarité internationale'],
  law: ['Juriste d’entreprise', 'Avocate collaboratrice'],
};

export const STUDENT_STRENGTHS = [
  'Rigueur et sens de l’organisation',
  'Curiosité, aisance avec les outils numériques',
  'Expérience associative et travail en équipe',
  'Trilingue, à l’aise à l’oral',
  'Esprit d’analyse et goût pour les chiffres',
] as const;

export const STUDENT_GAPS = [
  'Peu d’expérience professionnelle en entreprise',
  'Réseau encore limité dans le secteur visé',
  'Difficulté à valoriser mes stages dans mon CV',
  'Manque de confiance en entretien',
  'Je ne sais pas encore quel métier viser précisément',
] as const;

export const STUDENT_EXPECTATIONS = [
  'Un regard extérieur sur mon projet et des conseils concrets',
  'Préparer mes entretiens avec quelqu’un du métier',
  'Comprendre les codes du secteur et élargir mon réseau',
  'Être accompagné·e dans une recherche d’emploi à l’étranger',
] as const;
