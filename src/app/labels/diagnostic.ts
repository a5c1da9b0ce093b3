// How the diagnostic's codes read on screen, in plain French, and the autonomy rule in words.
import type {
  AutonomyLevel,
  barrierOptions,
  connectionOptions,
  equipmentOptions,
  franceConnectAccounts,
  Orientation,
  skillDomains,
} from '../../shared/schema/diagnostic';

type Of<T extends readonly string[]> = T[number];

export const equipmentLabels: Record<Of<typeof equipmentOptions>, string> = {
  ordinateur: 'Un ordinateur',
  smartphone: 'Un smartphone',
  tablette: 'Une tablette',
  aucun: 'Aucun appareil',
};

export const connectionLabels: Record<Of<typeof connectionOptions>, string> = {
  box: 'Une box internet (ADSL, fibre)',
  mobile: 'Seulement les données mobiles du téléphone',
  aucune: 'Pas de connexion à la maison',
  'ne-sait-pas': 'Ne sait pas',
};

export const accountLabels: Record<Of<typeof franceConnectAccounts>, string> = {
  impots: 'impots.gouv.fr',
  ameli: 'ameli (Assurance Maladie)',
  msa: 'MSA',
  'la-poste': 'Identité numérique La Poste',
  'france-identite': 'France Identité',
};

/** What the person already has, as the wizard asks it (answered yes or no). */
export const contactLabels = {
  hasEmail: 'Une adresse e-mail qu’elle sait ouvrir',
  hasSmsPhone: 'Un téléphone qui reçoit les SMS (codes de connexion)',
} as const;

export const barrierLabels: Record<Of<typeof barrierOptions>, string> = {
  langue: 'Parle ou comprend mal le français',
  'lecture-ecriture': 'Lit ou écrit difficilement',
  handicap: 'Un handicap gêne l’usage des écrans',
  'sans-domicile-stable': 'Pas d’adresse stable',
};

export const domainLabels: Record<Of<typeof skillDomains>, { title: string; example: string }> = {
  appareil: { title: 'Utiliser un appareil', example: 'allumer, toucher l’écran, taper au clavier, ouvrir une application' },
  information: { title: 'Chercher une information', example: 'trouver le bon site, lire une page' },
  communication: { title: 'Communiquer', example: 'envoyer un e-mail, un SMS, une pièce jointe' },
  formulaire: { title: 'Remplir un formulaire en ligne', example: 'créer un compte, joindre un document' },
  securite: { title: 'Se protéger, protéger ses données', example: 'mot de passe, repérer un faux message' },
};

/** The 0–3 scale, in words the person understands. */
export const levelLabels = ['Jamais fait', 'Seulement avec de l’aide', 'Seul·e, avec difficulté', 'À l’aise'] as const;

export const autonomyLabels: Record<AutonomyLevel, string> = {
  'pas-a-pas': 'À accompagner pas à pas',
  'aide-ponctuelle': 'Autonome avec aide ponctuelle',
  autonome: 'Autonome',
};

export const orientationLabels: Record<Orientation, { title: string; detail: string }> = {
  accompagnement: { title: 'Accompagnement', detail: 'faire les démarches avec la personne, pas à pas' },
  'atelier-pass-numerique': { title: 'Atelier avec un pass numérique', detail: 'apprendre en groupe, payé par le pass' },
  'faire-pour-mandat': { title: 'Faire pour la personne, avec un mandat', detail: 'la personne confie ses démarches à l’aidant' },
  'orientation-partenaire': { title: 'Orientation vers un partenaire', detail: 'l’organisme qui traite la démarche' },
};

/** The rule of src/shared/diagnostic/autonomy.ts, as the aidant reads it on the result screen. */
export const autonomyRuleInWords = [
  '« À accompagner pas à pas » : aucun appareil, ou une moyenne des cinq compétences sous 1,5 (surtout « jamais fait » ou « seulement avec de l’aide »), ou une difficulté de lecture ou de langue avec une moyenne sous 2.',
  '« Autonome » : chaque compétence au moins « seul·e, avec difficulté », une moyenne d’au moins 2,5, une adresse e-mail et aucun frein.',
  '« Autonome avec aide ponctuelle » : tous les autres cas.',
  'Orientation proposée : pas à pas sans appareil ou avec une difficulté de lecture ou de langue → faire pour la personne avec un mandat ; autre pas à pas → accompagnement ; aide ponctuelle → atelier avec un pass numérique ; autonome → orientation vers le partenaire de la démarche. Vous pouvez la changer.',
];
