// How a person's name reads on screen, wherever they appear (their file, a mandate, a suivi, a form).

/** "Prénom Nom" (the pseudonym alone when there is no last name); `fallback` when the file holds neither. */
export function displayName(person: { firstName: string | null; lastName: string | null } | undefined, fallback = 'Sans nom'): string {
  return [person?.firstName, person?.lastName].filter((part) => part && part.trim()).join(' ') || fallback;
}
