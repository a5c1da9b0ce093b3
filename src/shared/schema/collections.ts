// The synced collections: which fields each has, how each is validated, which are personal or free text.
import { accompagnementsCollection } from './accompagnement';
import { beneficiariesCollection } from './beneficiary';
import { diagnosticsCollection } from './diagnostic';
import { localNotesCollection, localPartnersCollection, workshopsCollection } from './local-content';
import { mandatesCollection } from './mandate';
import { orientationsCollection } from './orientation';
import { passNumeriquesCollection } from './pass-numerique';
import { checklistItemsCollection, demarcheSuivisCollection } from './suivi';
import { trainingProgressCollection } from './training';
import type { CollectionSpec, FieldSpec } from './fields';

export type { CollectionSpec, FieldSpec } from './fields';

/** Every synced collection, by its camelCase plural name (the name used in sync ops). */
export const collections: Record<string, CollectionSpec> = {
  beneficiaries: beneficiariesCollection,
  accompagnements: accompagnementsCollection,
  orientations: orientationsCollection,
  passNumeriques: passNumeriquesCollection,
  diagnostics: diagnosticsCollection,
  mandates: mandatesCollection,
  demarcheSuivis: demarcheSuivisCollection,
  checklistItems: checklistItemsCollection,
  trainingProgress: trainingProgressCollection,
  localPartners: localPartnersCollection,
  localNotes: localNotesCollection,
  workshops: workshopsCollection,
};

/** The name of the tombstone field every collection has. */
export const DELETED_FIELD = 'deleted';

/** The spec of a field, or undefined when the collection or field is unknown. */
export function fieldSpec(collection: string, field: string): FieldSpec | undefined {
  const spec = Object.hasOwn(collections, collection) ? collections[collection] : undefined;
  return spec && Object.hasOwn(spec.fields, field) ? spec.fields[field] : undefined;
}

/** The most characters a text field holds, for forms to show before the aidant hits it (undefined: not a text field). */
export function maxLengthOf(collection: string, field: string): number | undefined {
  return fieldSpec(collection, field)?.maxLength;
}
