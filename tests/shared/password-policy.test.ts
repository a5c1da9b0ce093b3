// The password policy (CNIL délibération 2022-100): what it refuses and accepts, and why, in French.
import { describe, expect, it } from 'vitest';
import { isCommonPasswordCore } from '../../src/shared/schema/common-passwords';
import { passwordCore, passwordProblems, passwordWeakness } from '../../src/shared/schema/password-policy';

const owner = { email: 'camille.martin@example.fr', name: 'Camille Martin' };

describe('the password policy', () => {
  it.each([
    ['ten a’s', 'aaaaaaaaaa', /trop court/],
    ['ten spaces', ' '.repeat(10), /trop court/],
    ['password12', 'password12', /trop court.*les plus courants/],
    ['eleven mixed characters', 'Xr7#kq2!mZp', /trop court/],
    ['12 characters of 2 kinds', 'xr7kq2mzp9wt', /3 sortes de caractères/],
    ['16 spaces', ' '.repeat(16), /prévisible/],
    ['16 a’s', 'a'.repeat(16), /prévisible/],
    ['a run of letters', 'abcdefghijklmnop', /prévisible/],
    ['a run of digits, repeated', '1234567890123456', /prévisible/],
    ['a short word, repeated', 'azerazerazerazer', /prévisible/],
    ['a common password in disguise', 'P@ssw0rd2024!', /les plus courants/],
    ['a French one', 'Marseille13!!', /les plus courants/],
    ['another', 'Azerty123456', /les plus courants/],
    ['with separators', 'Mot-de-passe-2024', /les plus courants/],
    ['with accents and spaces', 'Je t’aime 2024 !!', /les plus courants/],
    ['the first name', 'Camille2024!!', /ni votre nom ni votre adresse e-mail/],
    ['the last name in capitals', 'Orange-MARTIN-47', /ni votre nom ni votre adresse e-mail/],
    ['the e-mail’s local part', 'xx-camille.martin-47', /ni votre nom ni votre adresse e-mail/],
    ['the name in look-alike digits', 'C4m1ll3 au marché 47', /ni votre nom ni votre adresse e-mail/],
    ['201 characters', 'Ab1!'.repeat(50) + 'x', /trop long/],
  ])('refuses %s', (_case, password, reason) => {
    const weakness = passwordWeakness(password, owner);
    expect(weakness).toMatch(/^Mot de passe trop faible : /);
    expect(weakness).toMatch(reason);
  });

  it.each([
    ['12 characters of 3 kinds', 'Xr7kq2mZp9wt'],
    ['12 characters of 4 kinds', 'Xr7#kq2!mZp9'],
    ['a passphrase of 16 characters', 'cheval agrafe pile'],
    ['a passphrase with accents', 'la chèvre broute ici'],
    ['a generated password', 'kq7m-3xpt-9bzr-w4hn'],
    ['a common word inside a longer phrase', 'soleil sur la garonne'],
  ])('accepts %s', (_case, password) => {
    expect(passwordProblems(password, owner)).toEqual([]);
    expect(passwordWeakness(password, owner)).toBeNull();
  });

  it('reads the word under the decorations', () => {
    expect(passwordCore('  P@ssw0rd-2024!! ')).toBe('password');
    expect(passwordCore('1234Soleil')).toBe('soleil');
    expect(passwordCore('Mot de Passe')).toBe('motdepasse');
    expect(passwordCore('Éléphant')).toBe('elephant');
  });

  it('ships a list of a few thousand common French passwords', () => {
    for (const core of ['azerty', 'marseille', 'motdepasse', 'soleil', 'doudou', 'password', 'jetaime'])
      expect(isCommonPasswordCore(core)).toBe(true);
    expect(isCommonPasswordCore('chevalagrafepile')).toBe(false);
  });
});
