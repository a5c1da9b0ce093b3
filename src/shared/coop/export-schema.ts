// The JSON export as a schema: what a reader of `GET /api/v1/exports/coop?format=json` may rely on.
import * as z from 'zod/mini';
import { isoDate } from '../schema/fields';
import {
  coopAutonomieSchema,
  coopGenres,
  coopMaterielSchema,
  coopNiveauAtelierSchema,
  coopStatutsSociaux,
  coopStructureRedirectionSchema,
  coopThematiqueSchema,
  coopTranchesAge,
  coopTypeLieuSchema,
  coopTypeSchema,
  thematiquesAreValid,
} from './vocabulary';

const counts = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.int().check(z.gte(0))])) as Record<K, z.ZodMiniInt>);

/** One activity's attributes, every value one of the Coop's. */
export const coopActivityAttributesSchema = z.strictObject({
  type: coopTypeSchema,
  accompagnements: z.int().check(z.gte(1)),
  date: isoDate,
  duree: z.int().check(z.gte(1)),
  type_lieu: coopTypeLieuSchema,
  structure_id: z.nullable(z.string()),
  lieu_code_postal: z.null(),
  lieu_commune: z.null(),
  lieu_code_insee: z.null(),
  autonomie: z.nullable(coopAutonomieSchema),
  oriente_vers_structure: z.nullable(z.boolean()),
  structure_de_redirection: z.nullable(coopStructureRedirectionSchema),
  materiel: z.array(coopMaterielSchema),
  thematiques: z
    .array(coopThematiqueSchema)
    .check(z.refine(thematiquesAreValid, { message: 'thématiques administratives sans aide aux démarches' })),
  tags: z.array(z.string()),
  precisions_demarche: z.nullable(z.string()),
  titre_atelier: z.nullable(z.string()),
  niveau_atelier: z.nullable(coopNiveauAtelierSchema),
  beneficiaires: z.strictObject({
    total: z.int().check(z.gte(1)),
    genres: counts(coopGenres),
    tranches_age: counts(coopTranchesAge),
    statuts: counts(coopStatutsSociaux),
  }),
});

/** The whole JSON export. */
export const coopExportJsonSchema = z.strictObject({
  data: z.array(z.strictObject({ type: z.literal('activite'), id: z.string(), attributes: coopActivityAttributesSchema })),
});
