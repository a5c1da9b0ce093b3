// The synced collections are part of the sync protocol. A tablet whose app does not know a collection cannot
// store its ops, and one whose field schema refuses a value drops it for good (its cursor has moved past it).
// So any change to what the collections carry — a collection, a field, the values a field accepts, its merge
// rule — must come with a new PROTOCOL_VERSION: the endpoint then answers older apps 426 and they ask to update.
// This test holds the registry's fingerprint per protocol version, so that such a change cannot go unnoticed.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { collections } from '../../src/shared/schema/collections';
import { PROTOCOL_VERSION } from '../../src/shared/schema/sync';

/** The registry's fingerprint for each protocol version (add a line when you bump the version). */
const REGISTRY_OF_PROTOCOL: Record<number, string> = {
  // Issue 13 narrowed protocol 1 in place, as the contract's "sync, turn 2" row asks (a text above its field's
  // bound → 400) and without a new version, so that no older app gets 426: a value is only ever refused at
  // push time, never dropped (notes above 10,000 characters, impossible dates, lists longer than their choices).
  // Protocol 1 was 3c52dd2da0a0068414532896d30e3e82dd987ded47eade4e446b00aa073a7a24 before.
  // Issue 20 added the `trainingProgress` collection to protocol 1, in place: an app of Dexie version 3
  // or later holds its ops until it can merge them (held-ops.ts); one of version 2 skipped them, and the
  // upgrade to version 5 forgets its cursor, so it pulls them again. No older app gets 426 and the
  // contract's `"protocol":1` stands.
  // Issue 11 added `accompagnements.anonymousPeople` to protocol 1 in place too: only an erasure made by this
  // version writes it; an older app keeps it aside (held-ops.ts) and merges it once updated, its own figures
  // counting an erased person with an unknown age band and commune meanwhile. The endpoint's figures, which
  // reports use, are exact. Protocol 1 was bd06b069ac65ed75941ea07fd5f7bbf13a86705960e0f39208ae74e4dafc7f1c before both.
  // Issue 17 added optional fields to accompagnements (La Coop's thematiques, materiel, niveauAtelier, genre,
  // trancheAge, occupation) in place as well: an older app holds the ops of fields it does not know
  // (held-ops.ts) instead of dropping them, and the contract's protocol stays 1.
  // Protocol 1 was 88143fe999fe8d14de3efb5e4d150efb051226d719739541bcfff9ab2a7acb1c before.
  // Issue 16 added the `localPartners` and `localNotes` collections (local content) in place too, for the same
  // reason: an older app holds their ops (held-ops.ts), and pulls them once updated.
  // Protocol 1 was edbb404112e68640896a02dd362d9a8124563eea9a691ec82e321949b99aa487 before.
  // Issue 20 added the `workshops` collection (the workshops calendar, local content) in place, the same way.
  // Protocol 1 was f3eb8799d668aad9a251aa040de771e606a8e6b5129babf5973a2472d3b9b705 before.
  // Issue 17 (mandates in Aidants Connect's terms) added optional fields to mandates in place too: `families`,
  // `durationDays`, `templateVersion` and one `revokedOn_<family>` per family. The legacy `demarcheIds` and
  // `duration` keep their schemas, so an older app's mandates are still accepted and read (as families and
  // days); an older app holds the new fields' ops (held-ops.ts). The contract's protocol stays 1.
  // Protocol 1 was 97aaaf30071829104be8f48980f622b688dcbbc76a1e42745d3be149ef65c09f before.
  // Issue 17 (directory import) added optional fields to localPartners in place (postalCode, email, website,
  // openingHours, services, modalities, source, sourceId, sourceUpdatedOn, importedValues): an older app holds
  // their ops (held-ops.ts) and merges them once updated, so the contract's protocol stays 1.
  // Protocol 1 was 0fa69a6373852f1c902c553c0b8e44b12f18db47a4de4eb4a5fb6773fd072e38 before.
  // Issue 17 (duplicate files) added `beneficiaries.mergedInto` and `beneficiaries.distinctFrom` in place: an older
  // app holds their ops (held-ops.ts) until updated, meanwhile showing a merged file as a file of its own
  // (its records already moved to the kept one); no older app gets 426 and the contract's protocol stays 1.
  // Protocol 1 was 18af2b6546f612a952c050206500911374c61c4c79c7204f81967cd1790e2d90 before.
  1: '7736caa34031eae338641e6509d525745fb2c6974856c53ae6cabfc30b699f1f',
};

/** What the wire depends on: per collection and field, the values accepted (as JSON Schema) and the merge rule. */
function wireShape(registry: typeof collections): Record<string, Record<string, unknown>> {
  const sorted = (keys: string[]) => [...keys].sort();
  return Object.fromEntries(
    sorted(Object.keys(registry)).map((name) => {
      const fields = registry[name]!.fields;
      return [
        name,
        Object.fromEntries(
          sorted(Object.keys(fields)).map((field) => {
            const spec = fields[field]!;
            return [field, { accepts: z.toJSONSchema(spec.schema as z.ZodMiniType), freeText: spec.freeText === true }];
          }),
        ),
      ];
    }),
  );
}

function fingerprint(registry: typeof collections): string {
  return createHash('sha256')
    .update(JSON.stringify(wireShape(registry)))
    .digest('hex');
}

describe('the synced collections and the protocol version', () => {
  it('have not changed without a new protocol version', () => {
    const current = fingerprint(collections);
    const advice =
      `The synced collections changed (a collection, a field, the values it accepts or its merge rule): older apps would ` +
      `drop what they cannot read. Bump PROTOCOL_VERSION in src/shared/schema/sync.ts, then add ` +
      `${PROTOCOL_VERSION + 1}: '${current}' to REGISTRY_OF_PROTOCOL.`;
    expect(current, advice).toBe(REGISTRY_OF_PROTOCOL[PROTOCOL_VERSION]);
  });

  it('sees a new field, a field that accepts other values, and a changed merge rule', () => {
    const base = fingerprint(collections);
    const { beneficiaries } = collections;
    const withField = {
      ...collections,
      beneficiaries: { fields: { ...beneficiaries!.fields, nickname: beneficiaries!.fields.firstName! } },
    };
    const longerName = { ...beneficiaries!.fields.firstName!, schema: z.nullable(z.string().check(z.maxLength(999))) };
    const withLonger = { ...collections, beneficiaries: { fields: { ...beneficiaries!.fields, firstName: longerName } } };
    const notesRule = { ...beneficiaries!.fields.notes!, freeText: false };
    const withRule = { ...collections, beneficiaries: { fields: { ...beneficiaries!.fields, notes: notesRule } } };
    for (const changed of [withField, withLonger, withRule]) expect(fingerprint(changed)).not.toBe(base);
  });
});
