// The aidants' training on the device (« Se former »): which module each aidant finished, and when.
// One record per aidant and module, its id made from both: finishing a module again, here or on another
// tablet, writes the same record. Nothing of the answers is kept.
import { nameBasedUuid } from '../../shared/schema/suivi-id';
import { trainingProgressCollection, type TrainingProgressValues } from '../../shared/schema/training';
import type { DeclicDatabase } from './database';
import { recordView, type ViewRecord } from './record-views';
import { listRecords, readRecord, writeFields } from './records-repository';
import { loadSession } from './session-repository';

const view = recordView('trainingProgress', trainingProgressCollection);
const COLLECTION = view.collection;

/** One module finished by one aidant, as views read it. */
export type TrainingProgress = ViewRecord<TrainingProgressValues>;

/** The id of the record of `aidantId` having finished `moduleId`: the same on every tablet. */
export function trainingProgressId(aidantId: string, moduleId: string): string {
  return nameBasedUuid(`trainingProgress/${aidantId}/${moduleId}`);
}

/**
 * Records that the signed-in aidant passed the check of `moduleId` on `on` (YYYY-MM-DD). The first day
 * stays: passing the check again later changes nothing. Returns the record's id.
 */
export async function recordModuleFinished(db: DeclicDatabase, moduleId: string, on: string): Promise<string> {
  const session = await loadSession(db);
  if (!session) throw new Error('Connectez-vous pour enregistrer votre formation.');
  const aidantId = session.aidant.id;
  const id = trainingProgressId(aidantId, moduleId);
  const known = await readRecord(db, COLLECTION, id);
  if (known && !known.deleted && typeof known.finishedOn === 'string') return id;
  await writeFields(db, COLLECTION, id, { aidantId, moduleId, finishedOn: on });
  return id;
}

/** Every module finished by the structure's aidants, as this tablet holds them. */
export async function listTrainingProgress(db: DeclicDatabase): Promise<readonly TrainingProgress[]> {
  return view.typedList(await listRecords(db, COLLECTION));
}

/** The modules the signed-in aidant finished: module id → day finished. */
export async function myFinishedModules(db: DeclicDatabase): Promise<ReadonlyMap<string, string>> {
  const session = await loadSession(db);
  const mine = (await listTrainingProgress(db)).filter((p) => p.aidantId === session?.aidant.id);
  return new Map(mine.flatMap((p) => (p.moduleId && p.finishedOn ? [[p.moduleId, p.finishedOn] as const] : [])));
}
