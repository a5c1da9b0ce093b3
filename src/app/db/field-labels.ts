// The synced fields in the aidant's words, as the forms name them: what a message names when a value
// of that field could not be saved. Each collection's list is checked complete by the compiler.
import type { accompagnementsCollection } from '../../shared/schema/accompagnement';
import type { beneficiariesCollection } from '../../shared/schema/beneficiary';
import type { diagnosticsCollection } from '../../shared/schema/diagnostic';
import type { localNotesCollection, localPartnersCollection, workshopsCollection } from '../../shared/schema/local-content';
import { familyRevocationField, mandateFamilies, type FamilyRevocationField, type mandatesCollection } from '../../shared/schema/mandate';
import type { orientationsCollection } from '../../shared/schema/orientation';
import type { passNumeriquesCollection } from '../../shared/schema/pass-numerique';
import type { checklistItemsCollection, demarcheSuivisCollection } from '../../shared/schema/suivi';
import type { trainingProgressCollection } from '../../shared/schema/training';

/** A field's name with its article, and the agreement its participle takes (masculine, feminine, plural). */
export interface FieldLabel {
  name: string;
  agreement: '' | 'e' | 's' | 'es';
}

const m = (name: string): FieldLabel => ({ name, agreement: '' });
const f = (name: string): FieldLabel => ({ name, agreement: 'e' });
const mp = (name: string): FieldLabel => ({ name, agreement: 's' });
const fp = (name: string): FieldLabel => ({ name, agreement: 'es' });

type Labels<C extends { fields: object }> = { [K in keyof C['fields']]: FieldLabel };
const erasure = m('L’effacement');

const beneficiaries: Labels<typeof beneficiariesCollection> = {
  firstName: m('Le prénom'),
  lastName: m('Le nom'),
  birthYear: f('L’année de naissance'),
  commune: f('La commune'),
  phone: m('Le téléphone'),
  email: f('L’adresse e-mail'),
  notes: fp('Les notes'),
  noPhone: f('La case « Pas de téléphone »'),
  noEmail: f('La case « Pas d’adresse e-mail »'),
  noticeGivenOn: f('La date de remise de la notice d’information'),
  objection: f('L’opposition de la personne'),
  objectionOn: f('La date de l’opposition'),
  lastContactOn: f('La date du dernier contact'),
  status: m('L’état du dossier'),
  mergedInto: f('La fusion avec un autre dossier'),
  distinctFrom: f('La liste des dossiers d’autres personnes (pas des doublons)'),
  deleted: erasure,
};

const accompagnements: Labels<typeof accompagnementsCollection> = {
  date: f('La date de l’accompagnement'),
  durationMinutes: f('La durée'),
  place: m('Le lieu'),
  mode: f('La forme de l’accompagnement'),
  beneficiaryId: f('La personne accompagnée'),
  participantIds: mp('Les participants'),
  theme: m('Le thème de l’atelier'),
  demarcheIds: fp('Les démarches abordées'),
  operatorIds: mp('Les organismes'),
  autonomyObserved: f('L’autonomie observée'),
  commune: f('La commune'),
  note: f('La note de l’accompagnement'),
  anonymousPeople: fp('Les personnes effacées comptées dans les statistiques'),
  thematiques: fp('Les thématiques'),
  materiel: m('Le matériel utilisé'),
  niveauAtelier: m('Le niveau de l’atelier'),
  genre: m('Le genre'),
  trancheAge: f('La tranche d’âge'),
  occupation: m('Le statut'),
  deleted: erasure,
};

const orientations: Labels<typeof orientationsCollection> = {
  beneficiaryId: f('La personne orientée'),
  partnerId: m('Le partenaire'),
  reason: m('Le motif de l’orientation'),
  demarcheIds: fp('Les démarches concernées'),
  date: f('La date de l’orientation'),
  outcome: f('La suite donnée à l’orientation'),
  outcomeOn: f('La date de la suite donnée'),
  deleted: erasure,
};

const passNumeriques: Labels<typeof passNumeriquesCollection> = {
  number: m('Le numéro du chèque'),
  valueCents: f('La valeur du chèque'),
  bookletNumber: m('Le numéro du carnet'),
  status: m('L’état du chèque'),
  handedTo: f('La personne qui reçoit le chèque'),
  handedOn: f('La date de remise'),
  atelier: m('L’atelier payé par le chèque'),
  usedOn: f('La date d’utilisation'),
  expiresOn: f('La date d’expiration'),
  deleted: erasure,
};

const diagnostics: Labels<typeof diagnosticsCollection> = {
  beneficiaryId: f('La personne'),
  date: f('La date du diagnostic'),
  equipment: m('L’équipement'),
  homeConnection: f('La connexion à domicile'),
  hasEmail: f('La réponse sur l’adresse e-mail'),
  hasSmsPhone: f('La réponse sur le téléphone'),
  franceConnectAccounts: mp('Les comptes en ligne'),
  skills: fp('Les compétences'),
  barriers: mp('Les freins'),
  demarchesNeeded: mp('Les besoins'),
  autonomyLevel: m('Le niveau d’autonomie'),
  proposedOrientation: f('L’orientation proposée'),
  orientation: f('L’orientation choisie'),
  deleted: erasure,
};

const mandates: Labels<typeof mandatesCollection> = {
  beneficiaryId: f('La personne'),
  demarcheIds: fp('Les démarches du mandat'),
  duration: f('La durée du mandat'),
  families: fp('Les familles de démarches du mandat'),
  durationDays: f('La durée du mandat'),
  templateVersion: m('Le modèle du mandat'),
  startOn: m('Le début du mandat'),
  revokedOn: f('La date de révocation'),
  ...(Object.fromEntries(
    mandateFamilies.map((family) => [familyRevocationField(family), f('La date de retrait d’une famille du mandat')]),
  ) as Record<FamilyRevocationField, FieldLabel>),
  aidantName: m('Le nom de l’aidant'),
  deleted: erasure,
};

const demarcheSuivis: Labels<typeof demarcheSuivisCollection> = {
  beneficiaryId: f('La personne'),
  demarcheId: f('La démarche'),
  status: m('L’état de la démarche'),
  note: f('La note du suivi'),
  followUpOn: f('La date de relance'),
  startedOn: f('La date de début'),
  deleted: erasure,
};

const checklistItems: Labels<typeof checklistItemsCollection> = {
  suiviId: m('Le suivi'),
  kind: f('La case à cocher'),
  itemId: f('La case à cocher'),
  checked: f('La case à cocher'),
  checkedOn: f('La date de la case cochée'),
  deleted: erasure,
};

const trainingProgress: Labels<typeof trainingProgressCollection> = {
  aidantId: m('L’aidant qui s’est formé'),
  moduleId: m('Le module de formation'),
  finishedOn: f('La date de fin du module'),
  deleted: erasure,
};

const localAuthorship = { author: m('Le nom de l’auteur'), updatedOn: f('La date de mise à jour'), territory: f('La portée') };

const localPartners: Labels<typeof localPartnersCollection> = {
  name: m('Le nom du partenaire'),
  commune: f('La commune'),
  address: f('L’adresse'),
  hours: mp('Les horaires'),
  phone: m('Le téléphone'),
  appointment: f('La prise de rendez-vous'),
  bring: fp('Les pièces à apporter'),
  notes: fp('Les notes'),
  postalCode: m('Le code postal'),
  email: f('L’adresse e-mail'),
  website: m('Le site internet'),
  openingHours: mp('Les horaires de l’annuaire'),
  services: mp('Les services proposés'),
  modalities: fp('Les façons d’accompagner'),
  source: m('L’annuaire d’origine'),
  sourceId: m('L’identifiant dans l’annuaire'),
  sourceUpdatedOn: f('La date de mise à jour de l’annuaire'),
  importedValues: fp('Les valeurs importées'),
  ...localAuthorship,
  deleted: erasure,
};

const localNotes: Labels<typeof localNotesCollection> = {
  demarcheId: f('La démarche'),
  body: f('La note locale'),
  ...localAuthorship,
  deleted: erasure,
};

const workshops: Labels<typeof workshopsCollection> = {
  title: m('Le titre de l’atelier'),
  date: f('La date de l’atelier'),
  time: m('L’horaire'),
  audience: m('Le public'),
  place: m('Le lieu'),
  link: m('Le lien'),
  registration: f('L’inscription'),
  ...localAuthorship,
  deleted: erasure,
};

const labels: Record<string, Record<string, FieldLabel>> = {
  beneficiaries,
  accompagnements,
  orientations,
  passNumeriques,
  diagnostics,
  mandates,
  demarcheSuivis,
  checklistItems,
  trainingProgress,
  localPartners,
  localNotes,
  workshops,
};

/** The aidant's name for a field of a collection, or undefined for a field this version does not know. */
export function fieldLabel(collection: string, field: string): FieldLabel | undefined {
  const fields = Object.hasOwn(labels, collection) ? labels[collection] : undefined;
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}
