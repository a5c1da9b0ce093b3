// Small rules of written French the screens need when they put a name in a sentence.

/** Before a vowel or a mute h, "de" becomes "d’": "de Jeanne Martin", "d’Ahmed Ouali", "d’Hélène Roux". */
export function ofName(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`;
}
