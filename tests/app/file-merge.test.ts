// Duplicate files on one tablet: La Coop's 2-of-4 rule (near names, phones written any way, e-mails in
// any case), the pairs of the « Doublons possibles » list, and the merge: its plan, every record moved,
// empty fields filled, the other file a tombstone out of every list, erased with the kept file.
import { describe, expect, it } from 'vitest';
import { createBeneficiary, getBeneficiary, listBeneficiaries, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import { logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import {
  dismissDuplicate,
  keptFileId,
  mergeFiles,
  planMerge,
  reconcileMergedFiles,
  saidDistinct,
} from '../../src/app/db/file-merge-repository';
import { createOrientation } from '../../src/app/db/orientations-repository';
import { addBooklet, handOutCheque } from '../../src/app/db/pass-numeriques-repository';
import { erasePersonFile, personData, recordsOfPerson } from '../../src/app/db/person-file-repository';
import { listRecords, readRecord, writeFields } from '../../src/app/db/records-repository';
import { setItemChecked, startSuivi, suivisOf } from '../../src/app/db/suivis-repository';
import {
  findDuplicatePairs,
  findDuplicates,
  matchingCriteria,
  normalizePhone,
  similarNames,
} from '../../src/app/features/beneficiaries/duplicate-files';
import { uuidv7 } from '../../src/shared/schema/ids';
import { loggedInClientDb, testLogin } from '../fixtures/client-db';

const person = (
  id: string,
  firstName: string | null,
  lastName: string | null,
  phone: string | null = null,
  email: string | null = null,
) => ({
  id,
  firstName,
  lastName,
  phone,
  email,
});

describe('La Coop’s rule: at least 2 of last name, first name, phone, e-mail', () => {
  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['+33 6 12 34 56 78', '0612345678'],
    ['+33 (0)6 12 34 56 78', '0612345678'],
    ['0033612345678', '0612345678'],
    ['12', ''],
    [null, ''],
  ])('reads the phone %j as %j', (phone, digits) => {
    expect(normalizePhone(phone)).toBe(digits);
  });

  it.each([
    ['Éloïse', 'ELOISE', true],
    ['Josiane', 'Josianne', true],
    ['Lagarde', 'Lagrade', true],
    ['Jean-Pierre', 'Jean Pierre', true],
    ['Léa', 'Léo', false],
    ['Martin', 'Bertin', false],
    ['', '', false],
  ])('%j and %j are similar names: %s', (a, b, similar) => {
    expect(similarNames(a, b)).toBe(similar);
  });

  it.each([
    ['surname and first name', person('a', 'Éloïse', 'Marty'), person('b', 'eloise', 'MARTY'), ['nom', 'prenom']],
    ['near names', person('a', 'Josianne', 'Lavergne'), person('b', 'Josiane', 'Lavergnes'), ['nom', 'prenom']],
    [
      'surname and phone written otherwise',
      person('a', 'Jo', 'Marty', '+33 6 12 34 56 78'),
      person('b', 'Josie', 'Marty', '06.12.34.56.78'),
      ['nom', 'telephone'],
    ],
    [
      'first name and e-mail in capitals',
      person('a', 'Nadia', null, null, 'Nadia.B@Example.fr '),
      person('b', 'Nadia', 'Benali', null, 'nadia.b@example.fr'),
      ['prenom', 'email'],
    ],
    [
      'phone and e-mail, names unlike',
      person('a', 'Mamie', null, '0612345678', 'x@y.fr'),
      person('b', 'Jeanne', 'Roux', '06 12 34 56 78', 'X@Y.FR'),
      ['telephone', 'email'],
    ],
  ])('flags %s', (_case, a, b, criteria) => {
    expect(matchingCriteria(a, b)).toEqual(criteria);
    expect(findDuplicates(a, [b])).toEqual([{ person: b, criteria }]);
  });

  it.each([
    ['the same surname only (a family)', person('a', 'Pierre', 'Marty'), person('b', 'Paul', 'Marty')],
    ['the same phone only (a shared family phone)', person('a', 'Pierre', 'Marty', '0612345678'), person('b', 'Zoé', 'Roux', '0612345678')],
    ['the same first name only', person('a', 'Nadia', null), person('b', 'Nadia', null)],
  ])('does not flag %s', (_case, a, b) => {
    expect(findDuplicates(a, [b])).toEqual([]);
  });

  it('lists every pair once, in id order, the pairs said distinct left out', () => {
    const people = [
      person('p3', 'Josiane', 'Lavergne'),
      person('p1', 'Josianne', 'Lavergnes'),
      person('p2', 'Jo', 'Lavergne', '06 00 00 00 01'),
      person('p4', 'Joséphine', 'Duval', '+33 6 00 00 00 01'),
      person('p5', 'Paul', 'Roux'),
      person('p6', 'Bertrand', 'Lagrade', null, 'b@l.fr'),
      person('p7', 'Bertrand', 'Lagarde'),
    ];
    const pairs = findDuplicatePairs(people).map((p) => [p.first.id, p.second.id, p.criteria.join('+')]);
    expect(pairs).toEqual([
      ['p1', 'p3', 'nom+prenom'],
      ['p6', 'p7', 'nom+prenom'],
    ]);
    // p2 and p4 share only the phone; a near last name found through its deleted letters (Lagrade/Lagarde).
    const dismissed = findDuplicatePairs(people, (a, b) => a.id === 'p1' && b.id === 'p3');
    expect(dismissed.map((p) => p.first.id)).toEqual(['p6']);
  });

  it('finds the same pairs as comparing every two files (a generated population)', () => {
    const firsts = ['Marie', 'Mari', 'Jean', 'Jeanne', 'Paul', 'Pauline', 'Éloïse', 'Eloise', 'Nadia', null];
    const lasts = ['Martin', 'Martine', 'Lavergne', 'Lavergnes', 'Roux', 'Rouxe', 'Dupont', 'Dupond', null];
    const people = Array.from({ length: 300 }, (_, i) =>
      person(
        `p${String(i).padStart(3, '0')}`,
        firsts[(i * 7) % firsts.length]!,
        lasts[(i * 11) % lasts.length]!,
        i % 5 === 0 ? `06 00 00 00 ${String(i % 40).padStart(2, '0')}` : null,
        i % 7 === 0 ? `p${i % 30}@exemple.fr` : null,
      ),
    );
    const slow: string[] = [];
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++)
        if (matchingCriteria(people[i]!, people[j]!).length >= 2) slow.push(`${people[i]!.id}-${people[j]!.id}`);
    expect(slow.length).toBeGreaterThan(100);
    expect(
      findDuplicatePairs(people)
        .map((p) => `${p.first.id}-${p.second.id}`)
        .sort(),
    ).toEqual(slow.sort());
  });
});

/** A tablet with two files of one person, each with some records. */
async function tabletWithDuplicates(): Promise<{ db: DeclicDatabase; kept: string; other: string }> {
  const db = await loggedInClientDb({ login: testLogin() });
  const kept = await createBeneficiary(db, {
    firstName: 'Josiane',
    lastName: 'Lavergne',
    phone: null,
    commune: 'Agen',
    lastContactOn: '2026-01-10',
  });
  const other = await createBeneficiary(db, {
    firstName: 'Josianne',
    lastName: 'LAVERGNE',
    phone: '06 12 34 56 78',
    email: 'josiane@exemple.fr',
    commune: 'Nérac',
    notes: 'Préfère le matin.',
    lastContactOn: '2026-02-01',
  });
  return { db, kept, other };
}

describe('merging two files on the tablet', () => {
  it('moves every record of the other file, fills the empty fields, and leaves a tombstone pointing to the kept one', async () => {
    const { db, kept, other } = await tabletWithDuplicates();
    const diagnostic = uuidv7();
    await writeFields(db, 'diagnostics', diagnostic, { beneficiaryId: other, date: '2026-02-01' });
    const mandate = uuidv7();
    await writeFields(db, 'mandates', mandate, { beneficiaryId: other, startOn: '2026-02-01' });
    const suivi = await startSuivi(db, { beneficiaryId: other, demarcheId: 'prime-activite', startedOn: '2026-02-01' });
    await setItemChecked(db, suivi, { kind: 'step', itemId: 'simuler' }, true, '2026-02-01');
    const session = await logSession(db, {
      beneficiaryId: other,
      date: '2026-02-01',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
    });
    const atelier = await logAtelier(db, {
      date: '2026-02-02',
      durationMinutes: 60,
      place: 'mairie',
      participantIds: [other, kept],
      demarcheIds: [],
      operatorIds: [],
    });
    const orientation = await createOrientation(db, { beneficiaryId: other, partnerId: 'caf-47', date: '2026-02-01' });
    const [cheque] = await addBooklet(db, { bookletNumber: null, firstNumber: 'A-001', count: 1, expiresOn: null });
    await handOutCheque(db, cheque!, { beneficiaryId: other, handedOn: '2026-02-01', atelier: null });

    const plan = await planMerge(db, kept, other);
    expect(plan?.moves).toEqual({ diagnostics: 1, mandates: 1, demarcheSuivis: 1, accompagnements: 2, orientations: 1, passNumeriques: 1 });
    // The atelier made both files' last contact 2026-02-02: nothing to take there.
    expect(plan?.filled.sort()).toEqual(['email', 'notes', 'phone']);

    expect(await mergeFiles(db, kept, other)).toBe(true);
    const file = await getBeneficiary(db, kept);
    // The kept file keeps its own values (its commune) and gains the other's where it had none.
    expect(file).toMatchObject({
      commune: 'Agen',
      phone: '06 12 34 56 78',
      email: 'josiane@exemple.fr',
      notes: 'Préfère le matin.',
      lastContactOn: '2026-02-02',
    });
    expect((await readRecord(db, 'beneficiaries', other))?.mergedInto).toBe(kept);
    expect((await listBeneficiaries(db)).map((p) => p.id)).toEqual([kept]);
    expect(await keptFileId(db, other)).toBe(kept);
    for (const [collection, id] of [
      ['diagnostics', diagnostic],
      ['mandates', mandate],
      ['demarcheSuivis', suivi],
      ['accompagnements', session],
      ['orientations', orientation],
    ] as const) {
      expect((await readRecord(db, collection, id))?.beneficiaryId, collection).toBe(kept);
    }
    expect((await readRecord(db, 'accompagnements', atelier))?.participantIds).toEqual([kept]);
    expect((await readRecord(db, 'passNumeriques', cheque!))?.handedTo).toBe(kept);
    // The suivi keeps its id, so its ticked rows stay with it.
    expect((await suivisOf(db, kept))[0]?.ticks).toEqual([{ kind: 'step', itemId: 'simuler', checked: true, checkedOn: '2026-02-01' }]);
    // Nothing is left on the other file; a second merge of the same files does nothing.
    expect(Object.values(await recordsOfPerson(db, other, false)).flat()).toEqual([]);
    expect(await mergeFiles(db, kept, other)).toBe(false);
  });

  it('never writes over a value the kept file has, and keeps an objection whichever file had it', async () => {
    const { db, kept, other } = await tabletWithDuplicates();
    await updateBeneficiary(db, other, { objection: true, objectionOn: '2026-02-01' });
    await mergeFiles(db, kept, other);
    expect(await getBeneficiary(db, kept)).toMatchObject({
      firstName: 'Josiane',
      lastName: 'Lavergne',
      commune: 'Agen',
      objection: true,
      objectionOn: '2026-02-01',
      lastContactOn: '2026-02-01',
    });
  });

  it('erasing the kept file erases the merged one too; its export shows what the merged one still holds', async () => {
    const { db, kept, other } = await tabletWithDuplicates();
    await mergeFiles(db, kept, other);
    expect((await personData(db, kept))?.records.beneficiaries).toEqual([
      expect.objectContaining({ id: other, firstName: 'Josianne', commune: 'Nérac', mergedInto: kept }),
    ]);
    await erasePersonFile(db, kept);
    expect(await readRecord(db, 'beneficiaries', other)).toMatchObject({ deleted: true, phone: null, firstName: null });
    expect((await listRecords(db, 'beneficiaries')).length).toBe(0);
  });

  it('follows a chain of merges to its end, and waits for a kept file the tablet does not have yet', async () => {
    const { db, kept, other } = await tabletWithDuplicates();
    const third = await createBeneficiary(db, { firstName: 'Josiane', lastName: 'Lavergne-Roux' });
    const session = await logSession(db, {
      beneficiaryId: other,
      date: '2026-02-01',
      durationMinutes: 30,
      place: 'mairie',
      demarcheIds: [],
      operatorIds: [],
    });
    await mergeFiles(db, kept, other);
    await mergeFiles(db, third, kept);
    expect((await listBeneficiaries(db)).map((p) => p.id)).toEqual([third]);
    expect(await keptFileId(db, other)).toBe(third);
    expect((await readRecord(db, 'accompagnements', session))?.beneficiaryId).toBe(third);

    const unknown = uuidv7();
    const lonely = await createBeneficiary(db, { firstName: 'Paul' });
    await writeFields(db, 'beneficiaries', lonely, { mergedInto: unknown });
    expect(await reconcileMergedFiles(db)).toBe(0);
    expect((await readRecord(db, 'beneficiaries', lonely))?.mergedInto).toBe(unknown);
    expect((await listBeneficiaries(db)).map((p) => p.id)).toContain(lonely);
  });

  it('remembers, synced on the older file, that two files are two people', async () => {
    const { db, kept, other } = await tabletWithDuplicates();
    await dismissDuplicate(db, other, kept);
    const [owner, second] = kept < other ? [kept, other] : [other, kept];
    const [a, b] = [await readRecord(db, 'beneficiaries', owner), await readRecord(db, 'beneficiaries', second)];
    expect(a?.distinctFrom).toEqual([second]);
    expect(b?.distinctFrom).toBeNull();
    expect(saidDistinct(a!, b!)).toBe(true);
    expect(findDuplicatePairs(await listBeneficiaries(db), saidDistinct)).toEqual([]);
  });
});
