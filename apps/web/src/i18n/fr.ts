import { directoryFr } from './directory.fr';
import { onboardingFr } from './onboarding.fr';
import { importFr } from './import.fr';
import { privacyFr } from './privacy.fr';
import { profileFr } from './profile.fr';
import { requestsFr } from './requests.fr';
import { suggestionsFr } from './suggestions.fr';
import { mentorshipsFr } from './mentorships.fr';
import { weightsFr } from './weights.fr';
import { cyclesFr } from './cycles.fr';

/** French is the reference language: every other language must have exactly these keys. */
export const fr = {
  app: {
    name: 'Passerelle',
    tagline: 'Le mentorat entre anciens et étudiants',
    loading: 'Chargement…',
  },
  layout: {
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
    menu: 'Menu',
    signedInAs: 'Connecté·e : {{name}}',
    signOut: 'Se déconnecter',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    footer: 'Passerelle — logiciel libre de mentorat pour les associations d’anciens.',
  },
  nav: {
    signIn: 'Se connecter',
    signUp: 'Créer un compte',
    account: 'Mon compte',
  },
  roles: {
    student: 'Étudiant·e',
    alumnus: 'Ancien·ne élève',
    staff: 'Équipe',
    admin: 'Administration',
  },
  roleHints: {
    student: 'Je cherche un mentor pour mon projet professionnel.',
    alumnus: 'Je souhaite accompagner des étudiants comme mentor.',
  },
  locales: {
    fr: 'Français',
    en: 'English',
  },
  fields: {
    email: 'Adresse email',
    password: 'Mot de passe',
    passwordHint: 'Au moins {{min}} caractères.',
    displayName: 'Nom affiché',
    displayNameHint: 'Visible par les autres membres.',
    role: 'Je suis',
    locale: 'Langue',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Tapez une ville ou une région, puis choisissez dans la liste.',
    timeZoneOptional: 'Fuseau horaire (facultatif)',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    optional: 'facultatif',
  },
  timeZonePicker: {
    noMatch: 'Aucun fuseau ne correspond.',
    matches_one: '{{count}} fuseau trouvé.',
    matches_other: '{{count}} fuseaux trouvés.',
  },
  validation: {
    email: 'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
    password: 'Le mot de passe doit contenir au moins {{min}} caractères.',
    newPassword: 'Le nouveau mot de passe doit contenir au moins {{min}} caractères.',
    currentPassword: 'Saisissez votre mot de passe actuel.',
    displayName: 'Indiquez un nom de 1 à 100 caractères.',
    role: 'Choisissez si vous êtes étudiant·e ou ancien·ne élève.',
    locale: 'Choisissez le français ou l’anglais.',
    timeZone: 'Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.',
  },
  errors: {
    invalidForm: 'Certains champs sont à corriger.',
    wrongCredentials: 'Email ou mot de passe incorrect.',
    wrongCurrentPassword: 'Mot de passe actuel incorrect.',
    emailTaken: 'Un compte existe déjà avec cet email.',
    rateLimited: 'Trop de tentatives. Patientez une minute avant de réessayer.',
    unavailable: 'Le service est momentanément indisponible. Réessayez dans un instant.',
    timeout: 'Le service met trop de temps à répondre. Réessayez dans un instant.',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion.',
    sessionExpired: 'Votre session a expiré. Connectez-vous à nouveau.',
    forbidden: 'Vous n’avez pas accès à cette action.',
    unexpected: 'Une erreur inattendue est survenue. Réessayez plus tard.',
    reference: 'Référence : {{id}}',
  },
  signIn: {
    title: 'Se connecter',
    intro: 'Heureux de vous revoir.',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    noAccount: 'Pas encore de compte ?',
    signUpLink: 'Créer un compte',
  },
  signUp: {
    title: 'Créer un compte',
    intro: 'Rejoignez le programme de mentorat de votre association.',
    submit: 'Créer mon compte',
    submitting: 'Création…',
    haveAccount: 'Déjà inscrit·e ?',
    signInLink: 'Se connecter',
  },
  account: {
    title: 'Mon compte',
    welcome: 'Bonjour {{name}} !',
    summary: '{{role}} · membre depuis le {{date}}',
    profileTitle: 'Profil',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Modifications enregistrées.',
    passwordTitle: 'Changer de mot de passe',
    passwordIntro: 'Vos autres appareils seront déconnectés.',
    changePassword: 'Changer le mot de passe',
    changingPassword: 'Modification…',
    passwordChanged: 'Mot de passe modifié.',
    passwordChangedOtherSessions_one: 'Mot de passe modifié. {{count}} autre session a été fermée.',
    passwordChangedOtherSessions_other: 'Mot de passe modifié. {{count}} autres sessions ont été fermées.',
  },
  profile: profileFr,
  directory: directoryFr,
  onboarding: onboardingFr,
  privacy: privacyFr,
  import: importFr,
  requests: requestsFr,
  suggestions: suggestionsFr,
  mentorships: mentorshipsFr,
  weights: weightsFr,
  cycles: cyclesFr,
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne correspond à aucune page.',
    home: 'Retour à l’accueil',
  },
};

export type Translation = typeof fr;
