/** "Mes données" on the account page. */
export const privacyFr = {
  title: 'Mes données',
  intro: 'Téléchargez tout ce que Passerelle conserve sur vous (fichier JSON), ou supprimez votre compte.',
  download: 'Télécharger mes données',
  downloading: 'Préparation du fichier…',
  downloaded: 'Le fichier de vos données a été téléchargé.',
  deleteTitle: 'Supprimer mon compte',
  deleteIntro:
    'Vos informations personnelles sont effacées, toutes vos sessions se terminent et les autres services sont prévenus. Cette action est définitive.',
  delete: 'Supprimer mon compte…',
  confirmTitle: 'Supprimer définitivement votre compte ?',
  confirmText: 'Saisissez votre mot de passe actuel pour confirmer. Vous serez ensuite déconnecté·e.',
  confirmDelete: 'Supprimer définitivement',
  deleting: 'Suppression…',
  cancel: 'Annuler',
  deleted: 'Votre compte a été supprimé et vos données personnelles effacées. Au revoir !',
  deletedMember: 'Compte supprimé',
};
