// Rules of a suivi's checklist, pure: which rows to show (catalogue order, ticks kept when the catalogue
// changes), which documents are still missing, and which suivis need a follow-up.
import type { Demarche } from '../../../shared/schema/content';
import { STALE_SUIVI_DAYS, type ChecklistKind, type SuiviStatus } from '../../../shared/schema/suivi';

const DAY_MS = 86_400_000;

/** What a suivi's rules read: its status, follow-up date, ticks and time of last change. */
export interface SuiviFacts {
  status: SuiviStatus | null;
  followUpOn: string | null;
  lastChangeAt: number;
  ticks: { kind: ChecklistKind; itemId: string; checked: boolean }[];
}

/** One row of the checklist; `removed` when the catalogue no longer has the item but it was ticked. */
export interface ChecklistRow {
  kind: ChecklistKind;
  itemId: string;
  label: string;
  checked: boolean;
  removed: boolean;
}

const removedLabels: Record<ChecklistKind, string> = {
  step: 'Étape retirée du catalogue',
  document: 'Pièce retirée du catalogue',
};

/**
 * The rows of one kind: the catalogue's items in order with their ticks (found by stable id, so a
 * renamed item keeps its tick), then the ticked items the catalogue no longer has, so no tick is lost.
 */
export function checklistRows(demarche: Demarche | undefined, ticks: SuiviFacts['ticks'], kind: ChecklistKind): ChecklistRow[] {
  const checked = new Set(ticks.filter((t) => t.kind === kind && t.checked).map((t) => t.itemId));
  const items = (kind === 'step' ? demarche?.steps : demarche?.documents) ?? [];
  const known = new Set(items.map((item) => item.id));
  const rows = items.map((item) => ({ kind, itemId: item.id, label: item.label, checked: checked.has(item.id), removed: false }));
  const gone = [...checked].filter((id) => !known.has(id)).sort();
  return [...rows, ...gone.map((itemId) => ({ kind, itemId, label: removedLabels[kind], checked: true, removed: true }))];
}

/** The documents still to bring: the catalogue's documents not ticked yet, in catalogue order. */
export function missingDocuments(demarche: Demarche, ticks: SuiviFacts['ticks']): { id: string; label: string }[] {
  const checked = new Set(ticks.filter((t) => t.kind === 'document' && t.checked).map((t) => t.itemId));
  return demarche.documents.filter((d) => !checked.has(d.id));
}

/** Why a suivi needs a follow-up: its date has come, or nothing changed for 30 days; null when it does not (or is terminé). */
export function followUpReason(suivi: SuiviFacts, today: string, now: number): 'date-arrivee' | 'sans-changement' | null {
  if (suivi.status === 'termine') return null;
  if (suivi.followUpOn !== null && suivi.followUpOn <= today) return 'date-arrivee';
  if (now - suivi.lastChangeAt >= STALE_SUIVI_DAYS * DAY_MS) return 'sans-changement';
  return null;
}

/** The suivis to follow up, the longest waiting first (by follow-up date, else by last change). */
export function toFollowUp<S extends SuiviFacts>(suivis: S[], today: string, now: number): S[] {
  const since = (s: S) => (s.followUpOn !== null && s.followUpOn <= today ? Date.parse(`${s.followUpOn}T00:00:00Z`) : s.lastChangeAt);
  return suivis.filter((s) => followUpReason(s, today, now) !== null).sort((a, b) => since(a) - since(b));
}
