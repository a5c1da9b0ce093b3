// How stored fields and collections read on the printable export, in French.

/** Collections' names, as section titles. */
export const collectionTitles: Record<string, string> = {
  diagnostics: 'Diagnostics',
  mandates: 'Mandats',
  orientations: 'Orientations',
  accompagnements: 'Accompagnements',
  passNumeriques: 'Pass numériques',
  demarcheSuivis: 'Démarches suivies',
};

/** Field names in French; a field not listed shows its code. */
export const fieldLabels: Record<string, string> = {
  id: 'Identifiant',
  firstName: 'Prénom ou pseudonyme',
  lastName: 'Nom',
  birthYear: 'Année de naissance',
  commune: 'Commune',
  phone: 'Téléphone',
  email: 'Adresse e-mail',
  notes: 'Notes',
  noPhone: 'Pas de téléphone',
  noEmail: 'Pas d’adresse e-mail',
  noticeGivenOn: 'Notice d’information remise le',
  objection: 'Opposition',
  objectionOn: 'Opposition exprimée le',
  lastContactOn: 'Dernier contact',
  status: 'État du dossier',
  beneficiaryId: 'Personne',
  date: 'Date',
  equipment: 'Appareils',
  homeConnection: 'Connexion à la maison',
  hasEmail: 'A une adresse e-mail',
  hasSmsPhone: 'Reçoit les SMS',
  franceConnectAccounts: 'Comptes FranceConnect',
  skills: 'Compétences (0 à 3)',
  barriers: 'Freins',
  demarchesNeeded: 'Démarches nécessaires',
  autonomyLevel: 'Niveau d’autonomie',
  proposedOrientation: 'Orientation proposée',
  orientation: 'Orientation choisie',
  demarcheIds: 'Démarches',
  duration: 'Durée',
  startOn: 'Début',
  revokedOn: 'Révoqué le',
  aidantName: 'Aidant',
  partnerId: 'Partenaire',
  reason: 'Motif',
  outcome: 'Suite donnée',
  outcomeOn: 'Suite connue le',
  durationMinutes: 'Durée (minutes)',
  place: 'Lieu',
  mode: 'Mode',
  participantIds: 'Participants',
  theme: 'Thème',
  operatorIds: 'Organismes',
  autonomyObserved: 'Autonomie observée',
  note: 'Note',
  number: 'Numéro',
  valueCents: 'Valeur (centimes)',
  handedTo: 'Remis à',
  handedOn: 'Remis le',
  usedOn: 'Utilisé le',
  demarcheId: 'Démarche',
  followUpOn: 'À relancer le',
  startedOn: 'Commencée le',
  conflicts: 'Valeurs en conflit (modifications simultanées)',
};

/** A value as text: lists joined, yes/no, "—" for nothing. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(valueText).join(', ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabels[k] ?? k} : ${valueText(v)}`)
      .join(' ; ');
  return String(value);
}
