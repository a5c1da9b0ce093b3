// A count as French writes it, thousands apart: « 5 000 dossiers », « 1 200 modifications en attente ».
const frenchNumbers = new Intl.NumberFormat('fr-FR');

/** `count` written with French digit grouping (a narrow no-break space between thousands). */
export function frenchCount(count: number): string {
  return frenchNumbers.format(count);
}
