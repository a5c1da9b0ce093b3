// What the data layer says when it cannot do what a view asked: plain French naming what the aidant knows
// (the field as the form names it), the technical detail in the console only. Views show these messages.
import { LockedError } from '../security/keyring';
import { UnsealError } from '../security/seal';
import { fieldLabel } from './field-labels';

/** A write refused or failed; its message is for the aidant. */
export class DeclicDataError extends Error {
  override name = 'DeclicDataError';
}

/** Thrown when writing to a record that was erased (here or on another tablet). */
export class ErasedRecordError extends DeclicDataError {
  override name = 'ErasedRecordError';
  constructor() {
    super('Ce dossier a été effacé : il ne peut plus être modifié.');
  }
}

const NOT_SAVED = 'La modification n’a pas été enregistrée';

/** A value its field's schema refuses (the form should have said so first). */
export function refusedValue(collection: string, field: string, problems: string[]): DeclicDataError {
  console.warn(`Valeur refusée pour ${collection}.${field} :`, problems.join(' ; '));
  const label = fieldLabel(collection, field);
  if (!label) return unknownData(`${collection}.${field}`);
  const plural = label.agreement.endsWith('s');
  return new DeclicDataError(
    `${label.name} ${plural ? 'n’ont' : 'n’a'} pas été enregistré${label.agreement} : la valeur n’est pas valide.`,
  );
}

/** A write to a record whose id is not one (a mistyped address). */
export function invalidRecordId(recordId: string): DeclicDataError {
  console.warn('Identifiant de fiche invalide :', recordId);
  return new DeclicDataError(`${NOT_SAVED} : cette fiche est introuvable (l’adresse de la page n’est pas valide).`);
}

/** A collection or field this version of the app does not know. */
export function unknownData(detail: string): DeclicDataError {
  console.error('Donnée inconnue de cette version :', detail);
  return new DeclicDataError('Cette version de Déclic ne connaît pas ces données : mettez l’application à jour, puis réessayez.');
}

/**
 * The error a failed write ends with: Déclic's own (already for the aidant) as they are; any other
 * (storage full, database closed, encryption failure) as a DeclicDataError, its detail in the console.
 */
export function asDataError(error: unknown): Error {
  if (error instanceof DeclicDataError || error instanceof LockedError || error instanceof UnsealError) return error;
  console.error('Écriture impossible sur la tablette :', error);
  if (isQuotaExceeded(error)) {
    return new DeclicDataError(`${NOT_SAVED} : la tablette n’a plus assez de place. Libérez de l’espace, puis réessayez.`);
  }
  return new DeclicDataError(
    `${NOT_SAVED} : la tablette n’a pas pu écrire les données. Réessayez ; si cela recommence, fermez puis rouvrez Déclic.`,
  );
}

// IndexedDB says "full" directly, or as the inner error of the transaction it aborted (Dexie's AbortError).
function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner: unknown = 'inner' in error ? error.inner : undefined;
  return error.name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError');
}
