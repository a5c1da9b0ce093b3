// The statistics funders ask for, computed from plain records: who was helped, how often, for what, where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBandOf } from '../../src/shared/stats/age-bands';
import { computeStats } from '../../src/shared/stats/compute';
import { monthLabel, shortMonthLabel } from '../../src/shared/stats/labels';
import { checkPeriod, inPeriod, monthsOf } from '../../src/shared/stats/period';
import type { StatsReport, TableId } from '../../src/shared/stats/report-schema';
import { atelier, cheque, emptyInput, orientation, person, recordId, session } from '../fixtures/activity-records';

const year2025 = { from: '2025-01-01', to: '2025-12-31' };
const row = (report: StatsReport, table: TableId, key: string) => report.tables[table].find((r) => r.key === key);

describe('age bands (never a birth year in the figures)', () => {
  it.each([
    [2000, 2025, 'moins-de-26'],
    [1999, 2025, '26-44'],
    [1981, 2025, '26-44'],
    [1980, 2025, '45-59'],
    [1966, 2025, '45-59'],
    [1965, 2025, '60-74'],
    [1951, 2025, '60-74'],
    [1950, 2025, '75-et-plus'],
    [1925, 2025, '75-et-plus'],
    [null, 2025, 'inconnu'],
    [2026, 2025, 'inconnu'],
    [1880, 2025, 'inconnu'],
  ])('born in %s, in %s: %s', (birthYear, year, band) => {
    expect(ageBandOf(birthYear, year)).toBe(band);
  });

  it('lists people by band, and no key of the table is a year', () => {
    const input = emptyInput();
    const people = [person('Nérac', 2003), person('Nérac', 1950), person('Agen', 1948), person('Agen', null)];
    input.beneficiaries.push(...people);
    input.accompagnements.push(...people.map((p) => session(p.id)));
    const report = computeStats(input, year2025);
    expect(report.tables.ageBand.map((r) => [r.key, r.people])).toEqual([
      ['moins-de-26', 1],
      ['26-44', 0],
      ['45-59', 0],
      ['60-74', 0],
      ['75-et-plus', 2],
      ['inconnu', 1],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/19[0-9]{2}|2003/);
  });
});

describe('periods', () => {
  it.each([
    ['2025-01-01', true],
    ['2025-12-31', true],
    ['2024-12-31', false],
    ['2026-01-01', false],
    [null, false],
  ])('%s is in 2025: %s', (date, inside) => {
    expect(inPeriod(date, year2025)).toBe(inside);
  });

  it('lists every month, across a new year', () => {
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-03' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('names months in French, in full and as a calendar abbreviates them on a chart axis', () => {
    expect(monthLabel('2025-03')).toBe('mars 2025');
    const months = monthsOf({ from: '2025-01-01', to: '2025-12-31' });
    expect(months.map(shortMonthLabel)).toEqual(
      ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'].map((m) => `${m} 25`),
    );
  });

  it.each([
    [undefined, '2025-01-31', /début et la fin/],
    ['2025-02-30', '2025-03-01', /vraies dates/],
    ['2025-03-01', '2025-02-01', /précéder/],
    ['2000-01-01', '2025-01-01', /dépasser 10 ans/],
  ])('refuses the period %s → %s in French', (from, to, message) => {
    const checked = checkPeriod(from, to);
    expect('error' in checked && checked.error).toMatch(message);
  });
});

describe('people, sessions and hours', () => {
  it('counts each person once, an atelier once as a session, and the aidant’s time', () => {
    const [a, b, c] = [recordId(), recordId(), recordId()];
    const input = emptyInput();
    input.accompagnements.push(session(a), session(a, { date: '2025-04-02', durationMinutes: 30 }), atelier([a, b, c, c]));
    const { totals, tables } = computeStats(input, year2025);
    expect(totals).toMatchObject({ people: 3, sessions: 3, minutes: 45 + 30 + 90, ateliers: 1, atelierSeats: 3 });
    expect(tables.mode.map((r) => [r.key, r.people, r.count, r.minutes])).toEqual([
      ['individuel', 1, 2, 75],
      ['atelier', 3, 1, 90],
    ]);
  });

  it('counts nothing outside the period, nor an erased session', () => {
    const a = recordId();
    const input = emptyInput();
    input.accompagnements.push(
      session(a, { date: '2024-12-31' }),
      session(a, { date: '2026-01-01' }),
      session(a, { deleted: true }),
      session(a, { date: '2025-12-31' }),
    );
    expect(computeStats(input, year2025).totals).toMatchObject({ people: 1, sessions: 1, minutes: 45 });
  });

  it('gives every month of the period a row, empty months included', () => {
    const input = emptyInput();
    input.accompagnements.push(
      session(recordId(), { date: '2025-02-10' }),
      session(recordId(), { date: '2025-02-20', durationMinutes: 15 }),
    );
    const months = computeStats(input, { from: '2025-01-01', to: '2025-03-31' }).tables.month;
    expect(months.map((r) => [r.key, r.people, r.count, r.minutes])).toEqual([
      ['2025-01', 0, 0, 0],
      ['2025-02', 2, 2, 60],
      ['2025-03', 0, 0, 0],
    ]);
  });

  it.each([
    ['domicile', 'domicile'],
    ['a-distance', 'a-distance'],
    [null, 'inconnu'],
  ] as const)('files a session at place %s under %s', (place, key) => {
    const input = emptyInput();
    input.accompagnements.push(session(recordId(), { place }));
    expect(row(computeStats(input, year2025), 'place', key)?.count).toBe(1);
  });

  it('counts each operator and démarche of a session once', () => {
    const a = recordId();
    const input = emptyInput();
    input.accompagnements.push(
      session(a, { operatorIds: ['caf', 'caf', 'cpam'], demarcheIds: ['rsa', 'compte-ameli'] }),
      session(recordId(), { operatorIds: ['caf'], demarcheIds: ['rsa'] }),
    );
    const report = computeStats(input, year2025);
    expect(report.tables.operator.map((r) => [r.key, r.people, r.count])).toEqual([
      ['caf', 2, 2],
      ['cpam', 1, 1],
    ]);
    expect(row(report, 'demarche', 'rsa')).toMatchObject({ people: 2, count: 2, minutes: 90 });
  });
});

describe('communes and autonomy', () => {
  it('puts a person in the commune of their latest individual session, else their file’s, whatever the spelling', () => {
    const moved = person('Agen', 1960);
    const atHome = person('nerac ', 1970);
    const noSession = person('NÉRAC', 1980);
    const input = emptyInput();
    input.beneficiaries.push(moved, atHome, noSession);
    input.accompagnements.push(
      session(moved.id, { date: '2025-01-10', commune: 'Agen' }),
      session(moved.id, { date: '2025-05-10', commune: 'Nérac' }),
      session(atHome.id, { commune: null }),
      atelier([noSession.id], { commune: 'Marmande' }),
    );
    const communes = computeStats(input, year2025).tables.commune;
    expect(communes.map((r) => [r.key, r.people, r.count])).toEqual([['NÉRAC', 3, 4]]);
  });

  it('files a person under the last autonomy level observed in the period', () => {
    const a = recordId();
    const b = recordId();
    const input = emptyInput();
    input.accompagnements.push(
      session(a, { date: '2025-01-10', autonomyObserved: 'pas-a-pas' }),
      session(a, { date: '2025-06-10', autonomyObserved: 'aide-ponctuelle' }),
      session(a, { date: '2025-07-10', autonomyObserved: null }),
      session(b),
    );
    const autonomy = computeStats(input, year2025).tables.autonomy;
    expect(autonomy.map((r) => [r.key, r.people, r.count])).toEqual([
      ['pas-a-pas', 0, 0],
      ['aide-ponctuelle', 1, 3],
      ['autonome', 0, 0],
      ['non-observe', 1, 1],
    ]);
  });
});

describe('orientations and pass numériques', () => {
  it('counts orientations by outcome and those without news for 30 days at the end of the period', () => {
    const a = recordId();
    const input = emptyInput();
    input.orientations.push(
      orientation(a, { date: '2025-12-01', outcome: 'en-attente' }),
      orientation(a, { date: '2025-12-05', outcome: 'en-attente' }),
      orientation(a, { date: '2025-11-01', outcome: 'recue' }),
      orientation(recordId(), { date: '2025-06-01', outcome: 'sans-suite', partnerId: 'cpam-47' }),
      orientation(a, { date: '2024-06-01' }),
    );
    const report = computeStats(input, year2025);
    expect(report.totals).toMatchObject({ orientations: 4, staleOrientations: 1 });
    expect(report.tables.orientationOutcome.map((r) => [r.key, r.people, r.count])).toEqual([
      ['en-attente', 1, 2],
      ['recue', 1, 1],
      ['sans-suite', 1, 1],
    ]);
    expect(report.tables.orientationPartner.map((r) => [r.key, r.count])).toEqual([
      ['caf-47', 3],
      ['cpam-47', 1],
    ]);
  });

  it('counts cheques handed out, used and expired in the period, and the stock now', () => {
    const a = recordId();
    const input = emptyInput();
    input.passNumeriques.push(
      cheque(),
      cheque({ status: 'remis', handedTo: a, handedOn: '2025-03-01' }),
      cheque({ status: 'utilise', handedTo: a, handedOn: '2025-03-01', usedOn: '2025-03-20', valueCents: 2000 }),
      cheque({ status: 'expire', handedTo: recordId(), handedOn: '2024-03-01', expiresOn: '2025-01-31' }),
      cheque({ deleted: true }),
    );
    expect(computeStats(input, year2025).totals).toMatchObject({
      passInStock: 1,
      passHandedOut: 2,
      passValueHandedOutCents: 3000,
      passPeople: 1,
      passUsed: 1,
      passExpired: 1,
    });
  });

  it('counts in stock a cheque added without a status (a booklet added on a tablet writes none)', () => {
    const input = emptyInput();
    input.passNumeriques.push(cheque({ status: null }), cheque({ status: 'remis', handedTo: recordId(), handedOn: '2025-03-01' }));
    expect(computeStats(input, year2025).totals).toMatchObject({ passInStock: 1, passHandedOut: 1 });
  });
});

describe('the same records in any order', () => {
  it('give the same report (the tablet and the endpoint read them in different orders)', () => {
    const people = Array.from({ length: 12 }, (_, i) => person(['Nérac', 'nérac', 'Agen', null][i % 4]!, 1940 + i * 5));
    const sessions = people.flatMap((p, i) => [
      session(p.id, {
        date: `2025-0${1 + (i % 9)}-1${i % 9}`,
        commune: ['Nérac', 'NERAC', null][i % 3]!,
        autonomyObserved: i % 2 ? 'autonome' : null,
      }),
      atelier([p.id, people[(i + 1) % 12]!.id], { date: `2025-0${1 + (i % 9)}-1${i % 9}` }),
    ]);
    const input = { ...emptyInput(), beneficiaries: people, accompagnements: sessions };
    const expected = computeStats(input, year2025);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sessions, { minLength: sessions.length }),
        fc.shuffledSubarray(people, { minLength: people.length }),
        (s, p) => {
          expect(computeStats({ ...input, accompagnements: s, beneficiaries: p }, year2025)).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('merged duplicate files', () => {
  it('count once: a session still on the merged file counts for the kept one, in a cycle the smaller id', () => {
    const input = emptyInput();
    const [kept, merged] = [person('Nérac', 1950), person('Agen', 1990)];
    merged.mergedInto = kept.id;
    input.beneficiaries.push(kept, merged);
    input.accompagnements.push(session(kept.id), session(merged.id));
    const report = computeStats(input, year2025);
    expect(report.totals.people).toBe(1);
    expect(report.totals.sessions).toBe(2);
    // The kept file's birth year and commune are the person's.
    expect(row(report, 'ageBand', '75-et-plus')?.people).toBe(1);
    expect(row(report, 'ageBand', '26-44')?.people).toBe(0);

    const cycle = emptyInput();
    const [x, y] = [person('Nérac', 1950, recordId()), person('Agen', 1990, recordId())];
    const [small, large] = x.id < y.id ? [x, y] : [y, x];
    small.mergedInto = large.id;
    large.mergedInto = small.id;
    cycle.beneficiaries.push(small, large);
    cycle.accompagnements.push(session(small.id), session(large.id));
    const byCycle = computeStats(cycle, year2025);
    expect(byCycle.totals.people).toBe(1);
    expect(row(byCycle, 'ageBand', small.birthYear === 1950 ? '75-et-plus' : '26-44')?.people).toBe(1);
  });
});
