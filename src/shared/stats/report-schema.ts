// The statistics report: what the tablet computes and the endpoint answers (GET /api/v1/stats), one shape.
import * as z from 'zod/mini';
import { periodSchema } from './period';

/** Why a figure is hidden: fewer than 5 people, or it could be found back from a total by subtraction. */
export const hiddenReasons = ['petit-effectif', 'secret-secondaire'] as const;
export type HiddenReason = (typeof hiddenReasons)[number];

/** A figure; null when hidden by small-cell suppression. */
const figure = z.nullable(z.number());

/** One category of a table: distinct people, a count (sessions, participations, orientations) and minutes. */
export const statsRowSchema = z.object({
  key: z.string(),
  people: figure,
  count: figure,
  /** Minutes of help; null in tables that count people rather than sessions. */
  minutes: figure,
  hidden: z.optional(z.enum(hiddenReasons)),
});
export type StatsRow = z.infer<typeof statsRowSchema>;

/** The tables of a report, in the order they are shown and exported. */
export const tableIds = [
  'month',
  'place',
  'mode',
  'operator',
  'demarche',
  'commune',
  'ageBand',
  'autonomy',
  'orientationOutcome',
  'orientationPartner',
  'structure',
] as const;
export type TableId = (typeof tableIds)[number];

export const statsTotalsSchema = z.object({
  /** Distinct people helped (individually or in an atelier). */
  people: figure,
  sessions: z.number(),
  minutes: z.number(),
  ateliers: z.number(),
  /** Places taken in ateliers (one person in two ateliers counts twice). */
  atelierSeats: z.number(),
  orientations: z.number(),
  /** Orientations of the period still waiting 30 days after they were made, at the end of the period. */
  staleOrientations: z.number(),
  passHandedOut: z.number(),
  passValueHandedOutCents: z.number(),
  /** Distinct people who received a cheque. */
  passPeople: figure,
  passUsed: z.number(),
  passExpired: z.number(),
  /** Cheques in stock now (whatever the period). */
  passInStock: z.number(),
  /** Distinct aidants who finished at least one training module in the period (absent from older answers). */
  trainedAidants: z.optional(z.number()),
  /** Training modules finished in the period, each aidant's module once (absent from older answers). */
  modulesFinished: z.optional(z.number()),
});
export type StatsTotals = z.infer<typeof statsTotalsSchema>;

const rows = z.array(statsRowSchema);

export const statsReportSchema = z.object({
  period: periodSchema,
  totals: statsTotalsSchema,
  tables: z.object(Object.fromEntries(tableIds.map((id) => [id, rows])) as Record<TableId, typeof rows>),
  /** True once small cells were hidden (exports and the territory's figures always are). */
  suppressed: z.boolean(),
});
export type StatsReport = z.infer<typeof statsReportSchema>;

/** GET /api/v1/stats answer. */
export const statsResponseSchema = z.object({
  scope: z.enum(['structure', 'territory']),
  structures: z.array(z.object({ id: z.string(), name: z.string() })),
  report: statsReportSchema,
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;
