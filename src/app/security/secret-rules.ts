// What makes an acceptable passphrase or PIN, said in plain French next to the field.

/** Shortest passphrase accepted. */
export const MIN_PASSPHRASE_LENGTH = 10;

/** The advice shown under the passphrase field. */
export const PASSPHRASE_HINT =
  `Au moins ${MIN_PASSPHRASE_LENGTH} caractères. Une courte phrase (plusieurs mots avec des espaces) se retient plus facilement ` +
  'qu’un mot de passe compliqué. Ne la notez pas sur la tablette.';

/** The advice shown under the PIN field. */
export const PIN_HINT = 'De 4 à 6 chiffres. Il sert seulement à rouvrir Déclic tant que l’application reste ouverte.';

/** Why this passphrase (typed twice) is refused, or null when it is fine. */
export function passphraseProblem(passphrase: string, confirmation: string): string | null {
  if (passphrase.trim().length < MIN_PASSPHRASE_LENGTH) {
    return `La phrase secrète doit compter au moins ${MIN_PASSPHRASE_LENGTH} caractères : une courte phrase suffit.`;
  }
  if (passphrase !== confirmation) return 'Les deux phrases ne sont pas identiques. Retapez-la deux fois de la même façon.';
  return null;
}

/** Why this PIN (typed twice) is refused, or null when it is fine. */
export function pinProblem(pin: string, confirmation: string): string | null {
  if (!/^\d{4,6}$/.test(pin)) return 'Le code doit compter de 4 à 6 chiffres, sans lettre ni espace.';
  if (pin !== confirmation) return 'Les deux codes ne sont pas identiques.';
  return null;
}
