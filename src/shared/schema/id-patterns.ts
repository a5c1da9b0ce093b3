// The shape of a record id, as a plain pattern: the app's router checks addresses with it without loading zod
// (the schemas in ids.ts use the same pattern).

/** A record id made on the device (UUID, v7 by preference). */
export const RECORD_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
