import { describe, expect, it } from 'vitest';
import { generateDataKey, unwrapDataKey, wrapDataKey, WrongSecretError } from '../../src/app/security/keys';
import { placeOf, seal, unseal, UnsealError } from '../../src/app/security/seal';

const person = { firstName: 'Yvette', notes: 'CANARY-notes-4412' };

describe('personal data at rest', () => {
  it('opens with the right passphrase and refuses a wrong one', async () => {
    const dataKey = await generateDataKey();
    const stored = await wrapDataKey(dataKey, 'le chat dort au soleil', 1000);
    const sealed = await seal(dataKey, placeOf('beneficiaries', 'r1'), person);
    const reopened = await unwrapDataKey(stored, 'le chat dort au soleil');
    expect(await unseal(reopened, placeOf('beneficiaries', 'r1'), sealed)).toEqual(person);
    await expect(unwrapDataKey(stored, 'le chien dort au soleil')).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('uses the full PBKDF2 cost by default', async () => {
    const stored = await wrapDataKey(await generateDataKey(), 'phrase');
    expect(stored.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('never stores the value in clear and uses a fresh IV each time', async () => {
    const key = await generateDataKey();
    const a = await seal(key, 'beneficiaries/r1', person);
    const b = await seal(key, 'beneficiaries/r1', person);
    expect(Buffer.from(a.ct).toString('latin1')).not.toContain('CANARY');
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
  });

  it.each([
    [
      'a tampered ciphertext',
      (s: { iv: Uint8Array; ct: Uint8Array }) => ({ iv: s.iv, ct: s.ct.map((x, i) => (i === 3 ? x ^ 1 : x)) }),
      'beneficiaries/r1',
    ],
    ['a ciphertext moved to another record', (s: { iv: Uint8Array; ct: Uint8Array }) => s, 'beneficiaries/r2'],
    ['a ciphertext moved to another collection', (s: { iv: Uint8Array; ct: Uint8Array }) => s, 'diagnostics/r1'],
  ])('refuses %s with a clear error', async (_case, alter, place) => {
    const key = await generateDataKey();
    const sealed = await seal(key, 'beneficiaries/r1', person);
    await expect(unseal(key, place, alter(sealed))).rejects.toBeInstanceOf(UnsealError);
  });
});
