// Suivis de démarche: one démarche followed for one bénéficiaire, and its checklist rows (one record per item).
import * as z from 'zod/mini';
import { contentRef, deletedField, isoDate, optionalDate, recordRef, textField, type CollectionSpec, type FieldValues } from './fields';
import { nameBasedUuid } from './suivi-id';

/** Where a démarche stands for the person. */
export const suiviStatuses = ['a-faire', 'en-cours', 'en-attente-justificatifs', 'bloque', 'termine'] as const;
export type SuiviStatus = (typeof suiviStatuses)[number];
/** A suivi with no change for this many days needs a follow-up. */
export const STALE_SUIVI_DAYS = 30;

/** What a checklist row ticks: a step of the démarche or a pièce justificative. */
export const checklistKinds = ['step', 'document'] as const;
export type ChecklistKind = (typeof checklistKinds)[number];

/** The `demarcheSuivis` collection. */
export const demarcheSuivisCollection = {
  fields: {
    beneficiaryId: { schema: recordRef },
    /** Id of the démarche in the content pack's catalogue. */
    demarcheId: { schema: contentRef },
    status: { schema: z.enum(suiviStatuses), initial: 'a-faire' },
    note: { ...textField(5000), personal: true, freeText: true },
    followUpOn: { schema: optionalDate },
    startedOn: { schema: isoDate },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** The `checklistItems` collection: one record per (suivi, kind, item), so ticks on different items never conflict. */
export const checklistItemsCollection = {
  fields: {
    suiviId: { schema: recordRef },
    kind: { schema: z.enum(checklistKinds) },
    /** The step's or document's stable id in the catalogue. */
    itemId: { schema: contentRef },
    checked: { schema: z.boolean() },
    checkedOn: { schema: optionalDate },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

export type DemarcheSuiviValues = FieldValues<typeof demarcheSuivisCollection.fields>;
export type ChecklistItemValues = FieldValues<typeof checklistItemsCollection.fields>;

/**
 * The record id of the `round`-th suivi of a démarche for a person (0 for the first): two tablets starting
 * the same démarche for the same person offline write the same record, so there is one checklist. A new
 * round starts only once the previous one is finished or deleted.
 */
export function suiviRecordId(beneficiaryId: string, demarcheId: string, round: number): string {
  return nameBasedUuid(`declic/suivi/${beneficiaryId.toLowerCase()}/${demarcheId}/${round}`);
}

/** The record id of a checklist row: every tablet ticking the same item writes the same record. */
export function checklistItemId(suiviId: string, kind: ChecklistKind, itemId: string): string {
  return nameBasedUuid(`declic/checklist/${suiviId.toLowerCase()}/${kind}/${itemId}`);
}
