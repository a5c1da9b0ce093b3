// The sync protocol: one request pushes ops and pulls the structure's ops after a cursor.
import * as z from 'zod/mini';
import { boundedText } from './fields';
import { clientIdSchema, hlcSchema, recordIdSchema } from './ids';

/** The protocol version this code speaks; the endpoint refuses older clients. */
export const PROTOCOL_VERSION = 1;
/** Most ops one push may carry. */
export const MAX_PUSH_OPS = 1000;
/** Ops a client sends per request (bounded so that a weak link finishes each round trip). */
export const PUSH_BATCH_SIZE = 500;
/** Most ops one pull page returns. */
export const PULL_PAGE_SIZE = 1000;

/** One write of one field of one record. `base` is the stamp of the value the writer replaced. */
export const opSchema = z.object({
  opId: boundedText(100).check(z.minLength(1)),
  collection: boundedText(64).check(z.minLength(1)),
  recordId: recordIdSchema,
  field: boundedText(64).check(z.minLength(1)),
  value: z.unknown(),
  hlc: hlcSchema,
  base: z.optional(z.nullable(hlcSchema)),
});
export type Op = z.infer<typeof opSchema>;

/** POST /api/v1/sync body. */
export const syncRequestSchema = z.object({
  protocol: z.int(),
  clientId: clientIdSchema,
  cursor: z.nullable(boundedText(100)),
  ops: z.array(opSchema).check(z.maxLength(MAX_PUSH_OPS)),
  /**
   * True when the ops are the tablet's held state sent again after 409 `curseur_inconnu` (a restored
   * endpoint): they keep their stamps, other devices' included, so that no value the tablet holds is lost.
   */
  resend: z.optional(z.boolean()),
  /** The structure synced, for an account in several; without it, the structure of the login answer. */
  structureId: z.optional(boundedText(100)),
  /**
   * Where the device stands in the territory log (records an admin wrote for every structure): null the
   * first time. Without it (a client that does not know local content), nothing of the territory is pulled.
   */
  territoryCursor: z.optional(z.nullable(boundedText(100))),
  /** How many changes the device holds refused by the endpoint (its quarantine), for the operator's admin home. */
  quarantined: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** POST /api/v1/sync answer. */
export const syncResponseSchema = z.object({
  acked: z.array(z.string()),
  ops: z.array(opSchema),
  cursor: z.string(),
  more: z.boolean(),
  /** The endpoint's time when it answered (ms): tablets never stamp behind it, and warn when their clock is wrong. */
  serverTime: z.number(),
  /** The endpoint database's dataset id: changes when the database is restored or recreated. */
  dataset: z.string(),
  /** The territory log's cursor after the ops of this answer (only when the request carried `territoryCursor`). */
  territoryCursor: z.optional(z.string()),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/**
 * The compact encoding (README, « sync, compact »): asked for by `compact: 1` in a request, which then also
 * carries its ops in `records`; the answer is compact too. A stamp is written "<13-digit ms>-<4 hex>" for
 * client 0 of `clients`, "<ms>-<hex>-<n>" for client n, or in full; an op whose id is its own stamp sends no id.
 */
export const COMPACT_WIRE = 1;

/** A stamp on the compact wire (short or full); checked when expanded. */
const compactStampSchema = boundedText(100).check(z.minLength(1));

/** One write in a compact record: [field, value, stamp, opId (null or absent: the stamp), base]. */
export const compactWriteSchema = z.tuple([
  boundedText(64).check(z.minLength(1)),
  z.unknown(),
  compactStampSchema,
  z.optional(z.nullable(boundedText(100).check(z.minLength(1)))),
  z.optional(z.nullable(compactStampSchema)),
]);
export type CompactWrite = z.infer<typeof compactWriteSchema>;

/** The writes of one record, in the order of the ops they stand for: [collection, recordId, writes]. */
export const compactRecordSchema = z.tuple([
  boundedText(64).check(z.minLength(1)),
  recordIdSchema,
  z.array(compactWriteSchema).check(z.minLength(1), z.maxLength(MAX_PUSH_OPS)),
]);
export type CompactRecord = z.infer<typeof compactRecordSchema>;

/** What the compact encoding adds to a request or an answer. */
const compactParts = {
  compact: z.literal(COMPACT_WIRE),
  /** The client ids short stamps point to; in a request, absent means `[clientId]`. */
  clients: z.optional(z.array(clientIdSchema).check(z.maxLength(MAX_PUSH_OPS))),
  records: z.array(compactRecordSchema).check(z.maxLength(MAX_PUSH_OPS)),
};

/** POST /api/v1/sync body in the compact encoding: the ops of `records` follow those of `ops` (usually none). */
export const compactSyncRequestSchema = z.extend(syncRequestSchema, compactParts);
export type CompactSyncRequest = z.infer<typeof compactSyncRequestSchema>;

/** The answer to a compact request: pulled ops in `records` (`ops` empty), `acked` as in the first shape. */
export const compactSyncResponseSchema = z.extend(syncResponseSchema, {
  ...compactParts,
  clients: z.array(clientIdSchema),
  records: z.array(compactRecordSchema),
});
export type CompactSyncResponse = z.infer<typeof compactSyncResponseSchema>;
