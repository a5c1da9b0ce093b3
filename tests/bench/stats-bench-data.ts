// The benchmark's synthetic activity, by formula: session g of structure s is always the same, so that
// the tablet (plain records), SQLite (rows written from JS) and PostgreSQL (rows generated in SQL) hold
// the same data and must give the same report.

export const PLACES = ['domicile', 'mairie', 'france-services', 'a-distance'] as const;
export const DEMARCHES = [['rsa'], ['prime-activite', 'rsa'], ['compte-ameli'], ['demande-retraite'], []] as const;
export const OPERATORS = [['caf'], ['caf'], ['cpam'], ['assurance-retraite'], []] as const;
export const AUTONOMY = ['pas-a-pas', 'aide-ponctuelle', 'autonome', null] as const;
export const COMMUNES = ['Nérac', 'Agen', 'Marmande', 'Villeneuve-sur-Lot', 'Tonneins', 'Bouglon', 'Houeillès'] as const;
/** One session in this many is an atelier of three people. */
export const ATELIER_EVERY = 20;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** Id of session g of structure s. */
export const sessionId = (s: number, g: number) => `${hex(s, 8)}-0000-7000-8000-${hex(g, 12)}`;
/** Id of person p of structure s. */
export const personId = (s: number, p: number) => `${hex(s, 8)}-0000-7000-9000-${hex(p, 12)}`;

/** The fields of session g of structure s with `people` people, as the app writes them. */
export function sessionFields(s: number, g: number, people: number): Record<string, unknown> {
  const atelier = g % ATELIER_EVERY === 0;
  const person = g % people;
  const fields: Record<string, unknown> = {
    date: `2025-${String((g % 12) + 1).padStart(2, '0')}-${String((g % 28) + 1).padStart(2, '0')}`,
    durationMinutes: ((g % 8) + 1) * 15,
    place: PLACES[g % 4],
    mode: atelier ? 'atelier' : 'individuel',
    beneficiaryId: atelier ? null : personId(s, person),
    participantIds: atelier ? [0, 1, 2].map((k) => personId(s, (g + k) % people)) : [],
    demarcheIds: [...DEMARCHES[g % 5]!],
    operatorIds: [...OPERATORS[g % 5]!],
    autonomyObserved: AUTONOMY[g % 4],
    commune: atelier ? null : COMMUNES[person % 7],
  };
  if (g % 3 === 0) fields.note = 'Note de séance';
  return fields;
}

/** The fields of person p (what a file holds; the statistics read only commune and birth year). */
export function personFields(p: number): Record<string, unknown> {
  return { firstName: 'Prénom', lastName: 'Nom', commune: COMMUNES[p % 7], birthYear: 1935 + (p % 70) };
}
