// How stored values read on the printable export: codes as the labels the rest of the app shows,
// dates written out, catalogue ids as titles, and no record id.
import type { Demarche, Partner } from '../../../shared/schema/content';
import { formatDay, formatDuration } from '../../catalogue/format';
import { operatorLabels, demarcheLabel } from '../../catalogue/labels';
import { passStatusLabels, durationLabels, statusLabels } from '../../labels/records';
import { durationDaysLabels, familyLabels } from '../../labels/mandate-families';
import { modeLabels, outcomeLabels, placeLabels } from '../../../shared/stats/labels';
import {
  accountLabels,
  autonomyLabels,
  barrierLabels,
  connectionLabels,
  domainLabels,
  equipmentLabels,
  levelLabels,
  orientationLabels,
} from '../../labels/diagnostic';
import { fieldLabel } from './field-labels';

/** What the page knows beside the record: whose data it is, and the catalogue in use (if loaded). */
export interface ReadingContext {
  personId: string;
  personName: string;
  demarches: Demarche[] | undefined;
  partners: Partner[] | undefined;
}

/** A value as the person reads it: one line, or a list. */
export type ReadableValue = string | string[];

const NOTHING = '—';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

type Show = (value: unknown, context: ReadingContext) => ReadableValue;

/** Each code of a value (one code or a list of them) by its label; an unknown code as it is. */
const labelled =
  (labels: Record<string, string>): Show =>
  (value) =>
    Array.isArray(value) ? value.map((code) => labels[String(code)] ?? String(code)) : (labels[String(value)] ?? String(value));

const byTitle = (labels: Record<string, { title: string }>) =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, label.title]));

const demarches: Show = (value, { demarches: catalogue }) =>
  Array.isArray(value) ? value.map((entry) => demarcheLabel(String(entry), catalogue)) : demarcheLabel(String(value), catalogue);

const skills: Show = (value) =>
  Object.entries(value as Record<string, number>).map(
    ([domain, level]) =>
      `${domainLabels[domain as keyof typeof domainLabels]?.title ?? domain} : ${levelLabels[level as 0 | 1 | 2 | 3] ?? String(level)}`,
  );

const participants: Show = (value, { personId, personName }) => {
  const others = (value as unknown[]).filter((id) => id !== personId).length;
  return others === 0 ? personName : `${personName} et ${others} autre${others > 1 ? 's' : ''} personne${others > 1 ? 's' : ''}`;
};

const statusByCollection: Record<string, Show> = {
  beneficiaries: labelled({ actif: 'Actif', clos: 'Clos' }),
  demarcheSuivis: labelled(statusLabels),
  passNumeriques: labelled(passStatusLabels),
};

const shownBy: Record<string, Show> = {
  equipment: labelled(equipmentLabels),
  homeConnection: labelled(connectionLabels),
  franceConnectAccounts: labelled(accountLabels),
  barriers: labelled(barrierLabels),
  skills,
  autonomyLevel: labelled(autonomyLabels),
  autonomyObserved: labelled(autonomyLabels),
  proposedOrientation: labelled(byTitle(orientationLabels)),
  orientation: labelled(byTitle(orientationLabels)),
  demarchesNeeded: demarches,
  demarcheIds: demarches,
  demarcheId: demarches,
  operatorIds: labelled(Object.fromEntries(Object.entries(operatorLabels).map(([id, label]) => [id, label.short]))),
  partnerId: (value, { partners }) => partners?.find((p) => p.id === value)?.name ?? String(value),
  duration: labelled(durationLabels),
  families: labelled(byTitle(familyLabels)),
  durationDays: labelled(durationDaysLabels),
  templateVersion: (value) => `Modèle n° ${String(value)}`,
  outcome: labelled(outcomeLabels),
  place: labelled(placeLabels),
  mode: labelled(modeLabels),
  durationMinutes: (value) => formatDuration(Number(value)),
  valueCents: (value) => (Number(value) / 100).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR' }),
  handedTo: (value, { personId, personName }) => (value === personId ? personName : 'Une autre personne'),
  participantIds: participants,
};

/** Any other value: yes/no, dates written out, lists item by item. */
function plain(value: unknown): ReadableValue {
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'string' && ISO_DAY.test(value)) return formatDay(value);
  if (Array.isArray(value)) return value.map((item) => String(plain(item)));
  return String(value);
}

/** The values kept after a simultaneous edit, field by field (without their internal stamps). */
function conflictLines(collection: string, value: unknown, context: ReadingContext): string[] {
  return Object.entries(value as Record<string, { value: unknown }[]>).flatMap(([field, kept]) =>
    kept.map((k) => `${fieldLabel(collection, field)} : « ${String(fieldValue(collection, field, k.value, context))} »`),
  );
}

/** How `value` of `field` in `collection` reads on the printed page. */
export function fieldValue(collection: string, field: string, value: unknown, context: ReadingContext): ReadableValue {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return NOTHING;
  if (field === 'conflicts') return conflictLines(collection, value, context);
  const show = field === 'status' ? statusByCollection[collection] : Object.hasOwn(shownBy, field) ? shownBy[field] : undefined;
  return show ? show(value, context) : plain(value);
}
