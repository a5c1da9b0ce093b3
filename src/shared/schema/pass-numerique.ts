// Pass numériques: one record per cheque of a structure's stock, from the booklet to its use.
//
// A cheque must never be handed out twice, even by two tablets offline. The hand-out fields merge as
// free text: when two tablets hand out the same cheque concurrently, the value that loses is kept in
// the record's conflicts on every replica (and in the endpoint's log), so that both tablets show
// "remis deux fois : à résoudre" until someone picks the right hand-out.
import * as z from 'zod/mini';
import { nameBasedUuid } from './suivi-id';
import { boundedText, deletedField, optionalDate, optionalRef, textField, type CollectionSpec, type FieldValues } from './fields';

/** en-stock → remis → utilise; a cheque not used in time is expire. */
export const passStatuses = ['en-stock', 'remis', 'utilise', 'expire'] as const;
export type PassStatus = (typeof passStatuses)[number];
/** A cheque's value when the booklet does not say otherwise: 10 €. */
export const DEFAULT_PASS_VALUE_CENTS = 1000;
/** The fields written together when a cheque is handed out (and compared when it was handed out twice). */
export const HAND_OUT_FIELDS = ['handedTo', 'handedOn', 'atelier'] as const;

/** The `passNumeriques` collection. */
export const passNumeriquesCollection = {
  fields: {
    number: { schema: boundedText(40).check(z.minLength(1)), maxLength: 40 },
    valueCents: { schema: z.int().check(z.gte(0), z.lte(100_000)) },
    bookletNumber: textField(40),
    status: { schema: z.enum(passStatuses), initial: 'en-stock' },
    handedTo: { schema: optionalRef, freeText: true },
    handedOn: { schema: optionalDate, freeText: true },
    /** The atelier or training the cheque pays for. */
    atelier: { ...textField(200), freeText: true },
    usedOn: { schema: optionalDate },
    expiresOn: { schema: optionalDate },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** A cheque's values, typed from the field schemas. */
export type PassNumeriqueValues = FieldValues<typeof passNumeriquesCollection.fields>;

/**
 * The record id of a structure's cheque, from its number: two tablets adding the same booklet make the
 * same cheques, so a cheque handed out on both is one cheque handed out twice (to resolve), never two.
 */
export function chequeRecordId(structureId: string, number: string): string {
  return nameBasedUuid(`declic/pass-numerique/${structureId}/${number.trim().toUpperCase()}`);
}
