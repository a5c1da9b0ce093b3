// Accompagnements: one session of help (individual or a group workshop), the source of every statistic.
import * as z from 'zod/mini';
import { beneficiariesCollection } from './beneficiary';
import {
  coopGenreSchema,
  coopMaterielSchema,
  coopMateriels,
  coopNiveauAtelierSchema,
  coopStatutSocialSchema,
  coopThematiqueSchema,
  coopThematiques,
  coopTrancheAgeSchema,
} from '../coop/vocabulary';
import { autonomyLevels } from './diagnostic';
import { contentRef, deletedField, isoDate, optionalRef, recordRef, textField, type CollectionSpec, type FieldValues } from './fields';

/** Where a session took place. */
export const sessionPlaces = ['domicile', 'mairie', 'france-services', 'a-distance'] as const;
/** One person, or a workshop with several participants. */
export const sessionModes = ['individuel', 'atelier'] as const;
/** Most participants one atelier may list. */
export const MAX_PARTICIPANTS = 60;

/**
 * A person of a session whose file was erased, as statistics still count them: an id of its own (no
 * file has it), their birth year and commune. So a report already sent does not change after an erasure.
 */
export const anonymousPersonSchema = z.object({
  id: recordRef,
  birthYear: beneficiariesCollection.fields.birthYear.schema,
  commune: textField(100).schema,
});
export type AnonymousPerson = z.infer<typeof anonymousPersonSchema>;

export type SessionPlace = (typeof sessionPlaces)[number];
export type SessionMode = (typeof sessionModes)[number];

/** The `accompagnements` collection. */
export const accompagnementsCollection = {
  fields: {
    date: { schema: isoDate },
    durationMinutes: { schema: z.int().check(z.gte(1), z.lte(720)) },
    place: { schema: z.enum(sessionPlaces) },
    mode: { schema: z.enum(sessionModes) },
    /** The person helped (individuel); null for an atelier. */
    beneficiaryId: { schema: optionalRef },
    /** The people who took part (atelier). */
    participantIds: { schema: z.array(recordRef).check(z.maxLength(MAX_PARTICIPANTS)) },
    /** What the atelier was about ("Découvrir la tablette"). */
    theme: textField(120),
    /** Catalogue ids of the démarches touched. */
    demarcheIds: { schema: z.array(contentRef).check(z.maxLength(40)) },
    /** Catalogue ids of the operators concerned (CAF, CPAM…). */
    operatorIds: { schema: z.array(contentRef).check(z.maxLength(20)) },
    autonomyObserved: { schema: z.nullable(z.enum(autonomyLevels)) },
    /** The person's commune at the time, for anonymous statistics per commune. */
    commune: { ...textField(100), personal: true },
    note: { ...textField(5000), personal: true, freeText: true },
    /** The people of the session whose file was erased (src/shared/rgpd/person-links.ts), for statistics only. */
    anonymousPeople: { schema: z.array(anonymousPersonSchema).check(z.maxLength(MAX_PARTICIPANTS)), personal: true },
    /** La Coop's thematiques the aidant chose, besides those the démarches imply (src/shared/coop). */
    thematiques: { schema: z.array(coopThematiqueSchema).check(z.maxLength(coopThematiques.length)) },
    /** The devices used (La Coop's `materiel`). */
    materiel: { schema: z.array(coopMaterielSchema).check(z.maxLength(coopMateriels.length)) },
    /** An atelier's level (La Coop's `niveau_atelier`). */
    niveauAtelier: { schema: z.nullable(coopNiveauAtelierSchema) },
    /** The anonymous person fields La Coop counts, optional (individuel): sealed at rest like the commune. */
    genre: { schema: z.nullable(coopGenreSchema), personal: true },
    trancheAge: { schema: z.nullable(coopTrancheAgeSchema), personal: true },
    /** La Coop's « statut social »: in school, in work, without work, retired. */
    occupation: { schema: z.nullable(coopStatutSocialSchema), personal: true },
    deleted: deletedField,
  },
} satisfies CollectionSpec;

/** An accompagnement's values, typed from the field schemas. */
export type AccompagnementValues = FieldValues<typeof accompagnementsCollection.fields>;
