// Suivis de démarche on the device: start one for a person, tick its rows, set its status, note and
// follow-up date, read them back with their ticks and the time of their last change.
import {
  checklistItemId,
  checklistItemsCollection,
  demarcheSuivisCollection,
  suiviRecordId,
  type ChecklistKind,
  type DemarcheSuiviValues,
} from '../../shared/schema/suivi';
import type { DeclicDatabase, RecordRow } from './database';
import { keepStamps, toPlainRecord } from './record-state';
import { recordView, type ViewRecord } from './record-views';
import { readRow, readRows, writeFields, type SeenStamps } from './records-repository';

const suiviView = recordView('demarcheSuivis', demarcheSuivisCollection);
const itemView = recordView('checklistItems', checklistItemsCollection);
const SUIVIS = suiviView.collection;
const ITEMS = itemView.collection;

/** One ticked (or unticked) row of a checklist, as stored. */
export interface ChecklistTick {
  kind: ChecklistKind;
  itemId: string;
  checked: boolean;
  checkedOn: string | null;
}

/** A suivi as views read it: its values, its rows, and when anything in it last changed (ms, from the stamps). */
export type Suivi = Omit<ViewRecord<DemarcheSuiviValues>, 'deleted'> & { ticks: ChecklistTick[]; lastChangeAt: number };

/** What the aidant may change on a suivi. */
export type SuiviChanges = Partial<Pick<DemarcheSuiviValues, 'status' | 'note' | 'followUpOn'>>;

/**
 * Starts `demarcheId` for a person, "à faire", nothing ticked; returns the suivi's id. When the person
 * already has that démarche in progress on this tablet, returns that one instead: a second checklist of
 * the same démarche would split the ticks between two pages. The id comes from the person, the démarche
 * and the round, so another tablet starting it offline writes the same suivi; the start writes no status,
 * note or date, so that it never undoes what that tablet already did (no status reads "à faire").
 */
export async function startSuivi(
  db: DeclicDatabase,
  input: { beneficiaryId: string; demarcheId: string; startedOn: string },
): Promise<string> {
  const open = (await suivisOf(db, input.beneficiaryId)).find((s) => s.demarcheId === input.demarcheId && s.status !== 'termine');
  if (open) return open.id;
  const id = await nextRoundId(db, input.beneficiaryId, input.demarcheId);
  await writeFields(db, SUIVIS, id, input);
  return id;
}

/** The id of the first round of the démarche this tablet holds no record of (a finished or deleted round is skipped). */
async function nextRoundId(db: DeclicDatabase, beneficiaryId: string, demarcheId: string): Promise<string> {
  for (let round = 0; ; round++) {
    const id = suiviRecordId(beneficiaryId, demarcheId, round);
    if (!(await readRow(db, SUIVIS, id))) return id;
  }
}

/** Changes a suivi's status, note or follow-up date; `seen`: the stamps the form opened with (see writeFields). */
export async function updateSuivi(db: DeclicDatabase, id: string, changes: SuiviChanges, seen?: SeenStamps): Promise<void> {
  await writeFields(db, SUIVIS, id, changes, seen);
}

/** Ticks (or unticks) one row: the same record on every tablet, so two tablets never make two rows. */
export async function setItemChecked(
  db: DeclicDatabase,
  suiviId: string,
  row: { kind: ChecklistKind; itemId: string },
  checked: boolean,
  on: string,
): Promise<void> {
  await writeFields(db, ITEMS, checklistItemId(suiviId, row.kind, row.itemId), {
    suiviId,
    kind: row.kind,
    itemId: row.itemId,
    checked,
    checkedOn: checked ? on : null,
  });
}

/** Deletes a suivi everywhere (started by mistake). Its rows go with it: nothing reads rows of a deleted suivi. */
export async function eraseSuivi(db: DeclicDatabase, id: string): Promise<void> {
  await writeFields(db, SUIVIS, id, { deleted: true });
}

/** Every suivi on the device, most recently changed first. */
export async function listSuivis(db: DeclicDatabase): Promise<Suivi[]> {
  const [suivis, items] = await Promise.all([readRows(db, SUIVIS), readRows(db, ITEMS)]);
  const bySuivi = new Map<string, RecordRow[]>();
  for (const item of items) {
    const suiviId = item.fields.suiviId?.winner.value;
    if (typeof suiviId === 'string') bySuivi.set(suiviId, [...(bySuivi.get(suiviId) ?? []), item]);
  }
  return suivis.map((row) => toSuivi(row, bySuivi.get(row.id) ?? [])).sort((a, b) => b.lastChangeAt - a.lastChangeAt);
}

/** One suivi, or undefined when unknown or deleted. */
export async function getSuivi(db: DeclicDatabase, id: string): Promise<Suivi | undefined> {
  return (await listSuivis(db)).find((s) => s.id === id);
}

/** A person's suivis, most recently changed first. */
export async function suivisOf(db: DeclicDatabase, beneficiaryId: string): Promise<Suivi[]> {
  return (await listSuivis(db)).filter((s) => s.beneficiaryId === beneficiaryId);
}

/** The wall-clock time (ms) of the newest stamp among the rows' fields: a pulled row keeps its author's time. */
export function newestStamp(rows: RecordRow[]): number {
  let newest = 0;
  for (const row of rows) for (const state of Object.values(row.fields)) newest = Math.max(newest, Number(state.winner.hlc.slice(0, 13)));
  return newest;
}

function toSuivi(row: RecordRow, items: RecordRow[]): Suivi {
  const { deleted: _deleted, ...plain } = suiviView.typed(toPlainRecord(row, SUIVIS));
  return keepStamps({ ...plain, ticks: items.flatMap(toTick), lastChangeAt: newestStamp([row, ...items]) }, row);
}

/** A row's tick; none while the row's kind or item is still arriving (a sync cut in the middle). */
function toTick(item: RecordRow): ChecklistTick[] {
  const { kind, itemId, checked, checkedOn } = itemView.typed(toPlainRecord(item, ITEMS));
  return kind === null || itemId === null ? [] : [{ kind, itemId, checked: checked === true, checkedOn }];
}
