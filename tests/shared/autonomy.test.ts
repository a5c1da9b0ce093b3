import { describe, expect, it } from 'vitest';
import { autonomyLevel, proposedOrientation } from '../../src/shared/diagnostic/autonomy';
import type { DiagnosticAnswers } from '../../src/shared/schema/diagnostic';

const skills = (appareil: number, information: number, communication: number, formulaire: number, securite: number) => ({
  appareil,
  information,
  communication,
  formulaire,
  securite,
});

function answers(change: Partial<DiagnosticAnswers>): DiagnosticAnswers {
  return {
    equipment: ['smartphone'],
    homeConnection: 'mobile',
    hasEmail: true,
    hasSmsPhone: true,
    franceConnectAccounts: [],
    skills: skills(2, 2, 2, 2, 2),
    barriers: [],
    demarchesNeeded: [],
    ...change,
  };
}

describe('autonomy level and proposed orientation', () => {
  it.each([
    ['no device at all', answers({ equipment: ['aucun'], skills: skills(3, 3, 3, 3, 3) }), 'pas-a-pas', 'faire-pour-mandat'],
    ['mostly never done', answers({ skills: skills(1, 1, 2, 1, 1) }), 'pas-a-pas', 'accompagnement'],
    [
      'reads poorly, average skills',
      answers({ barriers: ['lecture-ecriture'], skills: skills(2, 2, 1, 2, 2) }),
      'pas-a-pas',
      'faire-pour-mandat',
    ],
    [
      'reads poorly but at ease',
      answers({ barriers: ['lecture-ecriture'], skills: skills(3, 3, 2, 2, 2) }),
      'aide-ponctuelle',
      'atelier-pass-numerique',
    ],
    ['alone with difficulty everywhere', answers({ skills: skills(2, 2, 2, 2, 2) }), 'aide-ponctuelle', 'atelier-pass-numerique'],
    ['at ease, with an e-mail address', answers({ skills: skills(3, 3, 3, 2, 2) }), 'autonome', 'orientation-partenaire'],
    [
      'at ease but no e-mail address',
      answers({ hasEmail: false, skills: skills(3, 3, 3, 3, 3) }),
      'aide-ponctuelle',
      'atelier-pass-numerique',
    ],
    ['at ease but one skill never done', answers({ skills: skills(3, 3, 3, 3, 0) }), 'aide-ponctuelle', 'atelier-pass-numerique'],
    ['average just over the line', answers({ skills: skills(2, 2, 1, 1, 2) }), 'aide-ponctuelle', 'atelier-pass-numerique'],
  ])('%s → %s, %s', (_case, input, level, orientation) => {
    expect(autonomyLevel(input)).toBe(level);
    expect(proposedOrientation(input)).toBe(orientation);
  });
});
