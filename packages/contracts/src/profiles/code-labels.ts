import type { MentoringTopic, ReverseMentoringTopic, Sector } from './profile-codes.js';

/** A code's name in each language the portal speaks. */
export interface CodeLabel {
  fr: string;
  en: string;
}

/*
 * Names of the profile codes for what services write themselves (matching's
 * reasons: "works in your target sector: Banque"). The web app has its own
 * copies in its i18n files (profile.fr.ts / profile.en.ts), next to the rest
 * of its wording.
 */

export const SECTOR_LABELS: Record<Sector, CodeLabel> = {
  'agriculture-food': { fr: 'Agriculture et agroalimentaire', en: 'Agriculture & food' },
  'architecture-construction': { fr: 'Architecture et BTP', en: 'Architecture & construction' },
  'arts-culture': { fr: 'Arts et culture', en: 'Arts & culture' },
  'automotive-transport': { fr: 'Automobile et transports', en: 'Automotive & transport' },
  banking: { fr: 'Banque', en: 'Banking' },
  consulting: { fr: 'Conseil', en: 'Consulting' },
  'education-research': { fr: 'Enseignement et recherche', en: 'Education & research' },
  'energy-environment': { fr: 'Énergie et environnement', en: 'Energy & environment' },
  'engineering-industry': { fr: 'Ingénierie et industrie', en: 'Engineering & industry' },
  'fashion-luxury': { fr: 'Mode et luxe', en: 'Fashion & luxury' },
  'healthcare-pharma': { fr: 'Santé et pharmacie', en: 'Healthcare & pharma' },
  'hospitality-tourism': { fr: 'Hôtellerie et tourisme', en: 'Hospitality & tourism' },
  'human-resources': { fr: 'Ressources humaines', en: 'Human resources' },
  insurance: { fr: 'Assurance', en: 'Insurance' },
  'it-software': { fr: 'Informatique et logiciel', en: 'IT & software' },
  law: { fr: 'Droit', en: 'Law' },
  'logistics-supply-chain': { fr: 'Logistique et supply chain', en: 'Logistics & supply chain' },
  'marketing-communication': { fr: 'Marketing et communication', en: 'Marketing & communication' },
  'media-publishing': { fr: 'Médias et édition', en: 'Media & publishing' },
  'ngo-social-economy': { fr: 'Associations et économie sociale', en: 'Non-profits & social economy' },
  'public-sector': { fr: 'Secteur public', en: 'Public sector' },
  'real-estate': { fr: 'Immobilier', en: 'Real estate' },
  'retail-consumer-goods': { fr: 'Distribution et grande consommation', en: 'Retail & consumer goods' },
  sales: { fr: 'Commerce et vente', en: 'Sales' },
  telecommunications: { fr: 'Télécommunications', en: 'Telecommunications' },
  'audit-accounting': { fr: 'Audit et expertise comptable', en: 'Audit & accounting' },
};

export const MENTORING_TOPIC_LABELS: Record<MentoringTopic, CodeLabel> = {
  'cv-review': { fr: 'Relecture de CV', en: 'CV review' },
  'interview-preparation': { fr: 'Préparation aux entretiens', en: 'Interview preparation' },
  networking: { fr: 'Réseau', en: 'Networking' },
  'career-change': { fr: 'Reconversion', en: 'Career change' },
  'sector-insight': { fr: 'Découverte d’un secteur', en: 'Sector insight' },
  entrepreneurship: { fr: 'Entrepreneuriat', en: 'Entrepreneurship' },
  'first-job': { fr: 'Premier emploi', en: 'First job' },
  'international-career': { fr: 'Carrière à l’international', en: 'International career' },
};

export const REVERSE_MENTORING_TOPIC_LABELS: Record<ReverseMentoringTopic, CodeLabel> = {
  'social-networks': { fr: 'Réseaux sociaux', en: 'Social networks' },
  'ai-tools': { fr: 'Outils d’IA', en: 'AI tools' },
  'new-technologies': { fr: 'Nouvelles technologies', en: 'New technologies' },
  'new-ways-of-working': { fr: 'Nouvelles façons de travailler', en: 'New ways of working' },
};
