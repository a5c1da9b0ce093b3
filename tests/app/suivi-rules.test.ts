// The checklist's rules: when a suivi needs a follow-up, which documents are missing, and ticks that
// survive a change of the catalogue (a step added, removed or renamed).
import { describe, expect, it } from 'vitest';
import type { Demarche } from '../../src/shared/schema/content';
import { checklistRows, followUpReason, missingDocuments, toFollowUp, type SuiviFacts } from '../../src/app/features/suivis/suivi-rules';
import { fixturePack } from '../fixtures/content-pack-fixture';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T12:00:00Z');
const TODAY = '2026-03-10';
const prime = fixturePack().demarches.find((d) => d.id === 'prime-activite')!;

function suivi(facts: Partial<SuiviFacts>): SuiviFacts {
  return { status: 'en-cours', followUpOn: null, lastChangeAt: NOW - DAY, ticks: [], ...facts };
}

describe('à relancer', () => {
  it.each([
    ['a follow-up date today', { followUpOn: TODAY }, 'date-arrivee'],
    ['a follow-up date passed', { followUpOn: '2026-03-01' }, 'date-arrivee'],
    ['a follow-up date tomorrow, changed yesterday', { followUpOn: '2026-03-11' }, null],
    ['no date, changed 29 days ago', { lastChangeAt: NOW - 29 * DAY }, null],
    ['no date, unchanged for exactly 30 days', { lastChangeAt: NOW - 30 * DAY }, 'sans-changement'],
    ['no date, unchanged for 3 months', { lastChangeAt: NOW - 90 * DAY }, 'sans-changement'],
    ['a future date but unchanged for 40 days', { followUpOn: '2026-04-01', lastChangeAt: NOW - 40 * DAY }, 'sans-changement'],
    ['terminé with a passed date', { status: 'termine', followUpOn: '2026-01-01' }, null],
    ['terminé and unchanged for a year', { status: 'termine', lastChangeAt: NOW - 365 * DAY }, null],
    ['bloqué with a passed date', { status: 'bloque', followUpOn: '2026-03-09' }, 'date-arrivee'],
  ] as const)('%s → %s', (_, facts, expected) => {
    expect(followUpReason(suivi(facts), TODAY, NOW)).toBe(expected);
  });

  it('lists the longest waiting first and leaves out the ones that need nothing', () => {
    const fresh = { ...suivi({}), name: 'fresh' };
    const dated = { ...suivi({ followUpOn: '2026-03-05' }), name: 'dated' };
    const stale = { ...suivi({ lastChangeAt: Date.parse('2026-01-15T00:00:00Z') }), name: 'stale' };
    expect(toFollowUp([fresh, dated, stale], TODAY, NOW).map((s) => s.name)).toEqual(['stale', 'dated']);
  });
});

describe('missing documents', () => {
  it.each([
    ['nothing ticked', [], ['revenus', 'rib']],
    ['the RIB ticked', [{ kind: 'document', itemId: 'rib', checked: true }], ['revenus']],
    ['the RIB ticked then unticked', [{ kind: 'document', itemId: 'rib', checked: false }], ['revenus', 'rib']],
    ['a step with the same id ticked', [{ kind: 'step', itemId: 'rib', checked: true }], ['revenus', 'rib']],
    [
      'both ticked',
      [
        { kind: 'document', itemId: 'rib', checked: true },
        { kind: 'document', itemId: 'revenus', checked: true },
      ],
      [],
    ],
  ] as const)('%s → %j', (_, ticks, expected) => {
    expect(missingDocuments(prime, [...ticks]).map((d) => d.id)).toEqual(expected);
  });
});

describe('a checklist started before the catalogue changed', () => {
  const ticks = [
    { kind: 'step', itemId: 'simuler', checked: true },
    { kind: 'step', itemId: 'demander', checked: true },
    { kind: 'step', itemId: 'trimestre', checked: false },
  ] as const;
  const changed = (steps: Demarche['steps']): Demarche => ({ ...prime, steps });
  const shown = (demarche: Demarche | undefined) =>
    checklistRows(demarche, [...ticks], 'step').map((r) => `${r.checked ? '☑' : '☐'} ${r.removed ? '(retirée) ' : ''}${r.label}`);

  it.each([
    [
      'unchanged',
      prime,
      [
        '☑ Faire la simulation sur caf.fr.',
        '☑ Remplir la demande en ligne depuis « Mon Compte ».',
        '☐ Déclarer les ressources chaque trimestre.',
      ],
    ],
    [
      'a step added in the middle',
      changed([prime.steps[0]!, { id: 'compte', label: 'Créer son compte.' }, prime.steps[1]!, prime.steps[2]!]),
      [
        '☑ Faire la simulation sur caf.fr.',
        '☐ Créer son compte.',
        '☑ Remplir la demande en ligne depuis « Mon Compte ».',
        '☐ Déclarer les ressources chaque trimestre.',
      ],
    ],
    [
      'a step renamed (same id)',
      changed([{ id: 'simuler', label: 'Estimer ses droits sur caf.fr.' }, prime.steps[1]!, prime.steps[2]!]),
      [
        '☑ Estimer ses droits sur caf.fr.',
        '☑ Remplir la demande en ligne depuis « Mon Compte ».',
        '☐ Déclarer les ressources chaque trimestre.',
      ],
    ],
    [
      'a ticked step removed',
      changed([prime.steps[0]!, prime.steps[2]!]),
      ['☑ Faire la simulation sur caf.fr.', '☐ Déclarer les ressources chaque trimestre.', '☑ (retirée) Étape retirée du catalogue'],
    ],
    [
      'an unticked step removed',
      changed([prime.steps[0]!, prime.steps[1]!]),
      ['☑ Faire la simulation sur caf.fr.', '☑ Remplir la demande en ligne depuis « Mon Compte ».'],
    ],
    [
      'the démarche removed from the catalogue',
      undefined,
      ['☑ (retirée) Étape retirée du catalogue', '☑ (retirée) Étape retirée du catalogue'],
    ],
  ] as const)('%s: keeps what was ticked', (_, demarche, expected) => {
    expect(shown(demarche)).toEqual(expected);
  });
});
