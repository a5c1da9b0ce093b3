// What the statistics read: plain records of four collections, only the fields they need.
import type { AccompagnementValues } from '../schema/accompagnement';
import type { BeneficiaryValues } from '../schema/beneficiary';
import type { OrientationValues } from '../schema/orientation';
import type { PassNumeriqueValues } from '../schema/pass-numerique';

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
  beneficiaries: ['commune', 'birthYear', 'deleted'],
  orientations: ['beneficiaryId', 'partnerId', 'date', 'outcome', 'deleted'],
  passNumeriques: ['status', 'valueCents', 'handedTo', 'handedOn', 'usedOn', 'expiresOn', 'deleted'],
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

/** Everything one report is computed from. */
export interface StatsInput {
  accompagnements: Iterable<StatsAccompagnement>;
  beneficiaries: Iterable<StatsBeneficiary>;
  orientations: Iterable<StatsOrientation>;
  passNumeriques: Iterable<StatsPass>;
}
