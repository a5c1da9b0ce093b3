// The error body every failing endpoint answer carries, and the codes the app reacts to.
import * as z from 'zod/mini';

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Codes the app acts on (others are only shown). */
export const ErrorCodes = {
  unauthenticated: 'non_authentifie',
  deviceRevoked: 'appareil_revoque',
  /** The device's token was ended by its own logout (« Se déconnecter »), not by the structure. */
  deviceLoggedOut: 'appareil_deconnecte',
  protocolTooOld: 'version_trop_ancienne',
  clockAhead: 'horloge_en_avance',
  rateLimited: 'trop_de_tentatives',
  weakPassword: 'mot_de_passe_faible',
  /** The endpoint does not know the sync cursor (its database was restored): send the whole state again, pull from the start. */
  unknownCursor: 'curseur_inconnu',
  /** The account was deactivated by a coordinator: every token of it answers this, login too. */
  accountDisabled: 'compte_desactive',
  /** The password is temporary (new account, reset): POST /api/v1/me/password before anything else. */
  passwordChangeRequired: 'mot_de_passe_a_changer',
  /** A sync for a structure the account is no longer (or never was) a member of: the tablet drops its data. */
  notMember: 'hors_structure',
} as const;
