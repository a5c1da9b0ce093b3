// How stored fields and collections are named on the printable export, in French.
import { familyRevocationField, mandateFamilies } from '../../../shared/schema/mandate';
import { familyLabels } from '../../labels/mandate-families';

/** Collections' names, as section titles. */
export const collectionTitles: Record<string, string> = {
  beneficiaries: 'Dossiers en double fusionnés avec celui-ci',
  diagnostics: 'Diagnostics',
  mandates: 'Mandats',
  orientations: 'Orientations',
  accompagnements: 'Accompagnements',
  passNumeriques: 'Pass numériques',
  demarcheSuivis: 'Démarches suivies',
};

/**
 * Fields left off the printed page: record ids and links between records mean nothing to the person
 * (the JSON export keeps them, for machines), and the tombstone is never exported. The number of an
 * atelier's other participants shows with the participants.
 */
export const hiddenFields: ReadonlySet<string> = new Set([
  'id',
  'beneficiaryId',
  'suiviId',
  'deleted',
  'otherParticipants',
  'mergedInto',
  'distinctFrom',
]);

/**
 * Fields left off when empty, per collection: a mandate made since issue 17 has no démarche list nor
 * duration in words, an older one no families, and most families are never revoked one by one.
 */
export const hiddenWhenEmpty: Readonly<Record<string, ReadonlySet<string>>> = {
  mandates: new Set([
    'demarcheIds',
    'duration',
    'families',
    'durationDays',
    'templateVersion',
    ...mandateFamilies.map(familyRevocationField),
  ]),
};

/** Field names in French; a field not listed shows its code. */
export const fieldLabels: Record<string, string> = {
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
  objection: 'S’oppose à l’enregistrement de ses données',
  objectionOn: 'Opposition exprimée le',
  lastContactOn: 'Dernier contact',
  status: 'État',
  date: 'Date',
  equipment: 'Appareils',
  homeConnection: 'Connexion à internet à la maison',
  hasEmail: 'Une adresse e-mail qu’elle sait ouvrir',
  hasSmsPhone: 'Un téléphone qui reçoit les SMS',
  franceConnectAccounts: 'Comptes qui permettent FranceConnect',
  skills: 'Compétences',
  barriers: 'Freins en dehors du numérique',
  demarchesNeeded: 'Démarches nécessaires',
  autonomyLevel: 'Niveau d’autonomie',
  proposedOrientation: 'Orientation proposée',
  orientation: 'Orientation choisie',
  demarcheIds: 'Démarches',
  duration: 'Durée',
  families: 'Familles de démarches',
  durationDays: 'Durée',
  templateVersion: 'Modèle du mandat signé',
  startOn: 'Début',
  revokedOn: 'Révoqué le',
  aidantName: 'Aidant',
  partnerId: 'Partenaire',
  reason: 'Motif',
  outcome: 'Suite donnée',
  outcomeOn: 'Suite connue le',
  durationMinutes: 'Durée',
  place: 'Lieu',
  mode: 'Mode',
  participantIds: 'Participants',
  theme: 'Thème',
  operatorIds: 'Organismes',
  autonomyObserved: 'Autonomie observée',
  note: 'Note',
  number: 'Numéro',
  valueCents: 'Valeur',
  bookletNumber: 'Numéro du carnet',
  handedTo: 'Remis à',
  handedOn: 'Remis le',
  atelier: 'Pour l’atelier',
  usedOn: 'Utilisé le',
  expiresOn: 'Valable jusqu’au',
  demarcheId: 'Démarche',
  followUpOn: 'À relancer le',
  startedOn: 'Commencée le',
  conflicts: 'Valeurs en conflit (modifications simultanées)',
};

/** Where a field means something else in one collection. */
const labelsIn: Record<string, Record<string, string>> = {
  beneficiaries: { status: 'État du dossier' },
  demarcheSuivis: { status: 'Où en est la démarche' },
  passNumeriques: { status: 'État du pass', number: 'Numéro du pass' },
  accompagnements: { commune: 'Commune ce jour-là', theme: 'Thème de l’atelier' },
  mandates: {
    startOn: 'Début du mandat',
    revokedOn: 'Mandat entier révoqué le',
    demarcheIds: 'Démarches (ancien modèle de mandat)',
    duration: 'Durée (ancien modèle de mandat)',
    ...Object.fromEntries(mandateFamilies.map((f) => [familyRevocationField(f), `« ${familyLabels[f].title} » retirée du mandat le`])),
  },
};

/** The French name of `field` in `collection`. */
export function fieldLabel(collection: string, field: string): string {
  return labelsIn[collection]?.[field] ?? fieldLabels[field] ?? field;
}
