// What the statistics read: plain records of five collections, only the fields they need.
import type { AccompagnementValues } from '../schema/accompagnement';
import type { BeneficiaryValues } from '../schema/beneficiary';
import type { OrientationValues } from '../schema/orientation';
import type { PassNumeriqueValues } from '../schema/pass-numerique';
import type { TrainingProgressValues } from '../schema/training';

/** Every field may be missing or null: a record may be half-synced, or written by an older app. */
type Loose<T> = { [K in keyof T]?: T[K] | null };

/** The fields each collection contributes (the endpoint reads only these; never a name or a note). */
export const statsFields = {
  accompagnements: [
    'date',
    'durationMinutes',
    'place',
    'mode',
    'beneficiaryId',
    'participantIds',
    'demarcheIds',
    'operatorIds',
    'autonomyObserved',
    'commune',
    'anonymousPeople',
    'deleted',
  ],
  beneficiaries: ['commune', 'birthYear', 'mergedInto', 'deleted'],
  orientations: ['beneficiaryId', 'partnerId', 'date', 'outcome', 'deleted'],
  passNumeriques: ['status', 'valueCents', 'handedTo', 'handedOn', 'usedOn', 'expiresOn', 'deleted'],
  /** Which aidant finished which module, when: never an answer. */
  trainingProgress: ['aidantId', 'moduleId', 'finishedOn', 'deleted'],
} as const satisfies Record<string, readonly string[]>;

type FieldsOf<C extends keyof typeof statsFields> = (typeof statsFields)[C][number];

/** The record of `structureId` (territory figures have one table per structure). */
interface Identified {
  id: string;
  structureId?: string | null;
}

export type StatsAccompagnement = Identified & Loose<Pick<AccompagnementValues, FieldsOf<'accompagnements'>>>;
export type StatsBeneficiary = Identified & Loose<Pick<BeneficiaryValues, FieldsOf<'beneficiaries'>>>;
export type StatsOrientation = Identified & Loose<Pick<OrientationValues, FieldsOf<'orientations'>>>;
export type StatsPass = Identified & Loose<Pick<PassNumeriqueValues, FieldsOf<'passNumeriques'>>>;
export type StatsTraining = Identified & Loose<Pick<TrainingProgressValues, FieldsOf<'trainingProgress'>>>;

/** Everything one report is computed from. */
export interface StatsInput {
  accompagnements: Iterable<StatsAccompagnement>;
  beneficiaries: Iterable<StatsBeneficiary>;
  orientations: Iterable<StatsOrientation>;
  passNumeriques: Iterable<StatsPass>;
  /** The aidants' finished modules (« Se former »); none when left out. */
  trainingProgress?: Iterable<StatsTraining>;
}
