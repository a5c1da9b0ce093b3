// Bénéficiaires: the people helped. Minimal data, and never a NIR (social security number).
import * as z from 'zod/mini';
import { deletedField, optionalDate, optionalRef, recordRef, textField, type CollectionSpec, type FieldValues } from './fields';

export const beneficiaryStatuses = ['actif', 'clos'] as const;
/** How many files one file can be told apart from (each dismissal of a possible duplicate adds one). */
export const MAX_DISTINCT = 200;
const currentYear = new Date().getUTCFullYear();

/** The `beneficiaries` collection. */
export const beneficiariesCollection = {
  fields: {
    firstName: { ...textField(100), personal: true },
    lastName: { ...textField(100), personal: true },
    birthYear: { schema: z.nullable(z.int().check(z.gte(1900), z.lte(currentYear + 1))), personal: true },
    commune: { ...textField(100), personal: true },
    phone: { ...textField(40), personal: true },
    email: { ...textField(200), personal: true },
    /** 10,000 characters (about four pages): a fresh pull of a structure stays a few megabytes. */
    notes: { ...textField(10_000), personal: true, freeText: true },
    noPhone: { schema: z.boolean() },
    noEmail: { schema: z.boolean() },
    noticeGivenOn: { schema: optionalDate },
    objection: { schema: z.boolean() },
    objectionOn: { schema: optionalDate },
    lastContactOn: { schema: optionalDate },
    status: { schema: z.enum(beneficiaryStatuses) },
    /**
     * Set when this file was merged into another (a duplicate): the file is then a tombstone pointing to
     * the kept one, whose records it lent (src/shared/rgpd/merged-files.ts says how chains and cycles read).
     */
    mergedInto: { schema: optionalRef },
    /** Files the aidants said are other people (« Ce ne sont pas les mêmes personnes »): not flagged as duplicates again. */
    distinctFrom: { schema: z.array(recordRef).check(z.maxLength(MAX_DISTINCT)) },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** A bénéficiaire's values, typed from the field schemas. */
export type BeneficiaryValues = FieldValues<typeof beneficiariesCollection.fields>;
