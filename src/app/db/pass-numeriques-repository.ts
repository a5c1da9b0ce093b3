// Pass numériques on the device: the structure's stock of cheques, handing one out (never twice), its
// use or expiry, and the double hand-outs that two tablets made offline, to resolve.
import { parseHlc } from '../../shared/hlc';
import type { FieldState, Stamped } from '../../shared/merge';
import {
  chequeRecordId,
  DEFAULT_PASS_VALUE_CENTS,
  passNumeriquesCollection,
  type PassNumeriqueValues,
} from '../../shared/schema/pass-numerique';
import type { DeclicDatabase, RecordRow } from './database';
import { isErased, toPlainRecord } from './record-state';
import { recordView, type ViewRecord } from './record-views';
import { readRow, readRows, writeFields } from './records-repository';
import { loadSession } from './session-repository';

const view = recordView('passNumeriques', passNumeriquesCollection);
const COLLECTION = view.collection;
/** Most cheques one booklet adds. */
export const MAX_BOOKLET_CHEQUES = 100;

/** A refused stock operation; the message is for the aidant. */
export class PassRuleError extends Error {}

/** One hand-out of a cheque: to whom, when, for what (with the stamp of the tablet that made it). */
export interface HandOut {
  beneficiaryId: string | null;
  handedOn: string | null;
  atelier: string | null;
  hlc: string;
}

/** A cheque as views read it, with its hand-outs: two or more means "remis deux fois : à résoudre". */
export type Cheque = ViewRecord<PassNumeriqueValues> & { handOuts: HandOut[] };

/** A booklet to add to the stock. */
export interface BookletInput {
  bookletNumber: string | null;
  /** Number of the first cheque ("A-00120"); the next ones count up from it. */
  firstNumber: string;
  count: number;
  valueCents?: number;
  expiresOn: string | null;
}

/** The numbers of `count` cheques from `first` up, keeping its prefix and its zeros ("A-0099" → "A-0100"). */
export function chequeNumbers(first: string, count: number): string[] {
  const [, prefix = '', digits] = /^(.*?)(\d+)$/.exec(first.trim()) ?? [];
  if (digits === undefined) throw new PassRuleError('Le numéro du premier chèque doit se terminer par des chiffres.');
  return Array.from({ length: count }, (_, i) => `${prefix}${String(BigInt(digits) + BigInt(i)).padStart(digits.length, '0')}`);
}

/**
 * Adds a booklet's cheques to the stock; refuses a number already there. Returns the new ids. Each id comes
 * from the cheque's number, so the same booklet added on two tablets offline is one stock. No status is
 * written (none reads "en stock"): a cheque a colleague already handed out stays handed out.
 */
export async function addBooklet(db: DeclicDatabase, input: BookletInput): Promise<string[]> {
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_BOOKLET_CHEQUES) {
    throw new PassRuleError(`Un carnet compte de 1 à ${MAX_BOOKLET_CHEQUES} chèques.`);
  }
  const numbers = chequeNumbers(input.firstNumber, input.count);
  const known = new Set((await listCheques(db)).map((c) => c.number));
  const taken = numbers.find((n) => known.has(n));
  if (taken) throw new PassRuleError(`Le chèque n° ${taken} est déjà dans le stock.`);
  const structureId = (await loadSession(db))?.structure.id;
  if (!structureId) throw new PassRuleError('Aucun compte connecté sur cette tablette : reconnectez-vous.');
  const ids: string[] = [];
  for (const number of numbers) {
    const id = chequeRecordId(structureId, number);
    await writeFields(db, COLLECTION, id, {
      number,
      valueCents: input.valueCents ?? DEFAULT_PASS_VALUE_CENTS,
      bookletNumber: input.bookletNumber,
      expiresOn: input.expiresOn,
    });
    ids.push(id);
  }
  return ids;
}

/** Hands a cheque in stock to a person; a cheque already handed out, used or expired is refused. */
export async function handOutCheque(
  db: DeclicDatabase,
  id: string,
  to: { beneficiaryId: string; handedOn: string; atelier: string | null },
): Promise<void> {
  const cheque = await requireCheque(db, id);
  if (cheque.status !== 'en-stock')
    throw new PassRuleError(`Le chèque n° ${cheque.number} n’est plus en stock : il ne peut pas être remis une seconde fois.`);
  await writeFields(db, COLLECTION, id, { status: 'remis', handedTo: to.beneficiaryId, handedOn: to.handedOn, atelier: to.atelier });
}

/** Records that a handed-out cheque was used. */
export async function markChequeUsed(db: DeclicDatabase, id: string, usedOn: string): Promise<void> {
  const cheque = await requireCheque(db, id);
  if (cheque.status !== 'remis') throw new PassRuleError(`Le chèque n° ${cheque.number} doit avoir été remis pour être utilisé.`);
  await writeFields(db, COLLECTION, id, { status: 'utilise', usedOn });
}

/** Records that a cheque expired unused (in stock or handed out). */
export async function markChequeExpired(db: DeclicDatabase, id: string, on: string): Promise<void> {
  const cheque = await requireCheque(db, id);
  if (cheque.status === 'utilise') throw new PassRuleError(`Le chèque n° ${cheque.number} a été utilisé : il ne peut pas expirer.`);
  await writeFields(db, COLLECTION, id, { status: 'expire', expiresOn: cheque.expiresOn && cheque.expiresOn < on ? cheque.expiresOn : on });
}

/** Puts back in stock a cheque handed out by mistake (and clears any double hand-out). */
export async function returnChequeToStock(db: DeclicDatabase, id: string): Promise<void> {
  await requireCheque(db, id);
  await writeFields(db, COLLECTION, id, { status: 'en-stock', handedTo: null, handedOn: null, atelier: null });
}

/** Keeps one of the hand-outs of a cheque handed out twice: the others leave every tablet at the next sync. */
export async function resolveDoubleHandOut(db: DeclicDatabase, id: string, kept: HandOut): Promise<void> {
  await requireCheque(db, id);
  await writeFields(db, COLLECTION, id, { handedTo: kept.beneficiaryId, handedOn: kept.handedOn, atelier: kept.atelier });
}

// The list made from each list of rows (the same rows until a cheque changes: see record-snapshots.ts).
const listedCheques = new WeakMap<readonly RecordRow[], readonly Cheque[]>();

/** Every cheque of the device, by number: the same list until a cheque changes (shared: not to be changed). */
export async function listCheques(db: DeclicDatabase): Promise<readonly Cheque[]> {
  const rows = await readRows(db, COLLECTION);
  let cheques = listedCheques.get(rows);
  if (!cheques) {
    cheques = Object.freeze(rows.map(toCheque).sort((a, b) => collator.compare(a.number ?? '', b.number ?? '')));
    listedCheques.set(rows, cheques);
  }
  return cheques;
}

/** The cheques handed to a person. */
export async function chequesOf(db: DeclicDatabase, beneficiaryId: string): Promise<Cheque[]> {
  return (await listCheques(db)).filter((c) => c.handOuts.some((h) => h.beneficiaryId === beneficiaryId));
}

const collator = new Intl.Collator('fr', { numeric: true });

async function requireCheque(db: DeclicDatabase, id: string): Promise<Cheque> {
  const row = await readRow(db, COLLECTION, id);
  if (!row || isErased(row)) throw new PassRuleError('Ce chèque n’est pas (ou plus) dans le stock de cette tablette.');
  return toCheque(row);
}

function toCheque(row: RecordRow): Cheque {
  return { ...view.typed(toPlainRecord(row, COLLECTION)), handOuts: handOutsOf(row) };
}

/**
 * The hand-outs of a cheque: the winning one and each concurrent one kept by the merge. The date and
 * atelier of each come from the same tablet's write (same clientId, nearest stamp).
 */
function handOutsOf(row: RecordRow): HandOut[] {
  const to = row.fields.handedTo;
  if (!to || to.winner.value === null) return [];
  const writes = distinctValues([to.winner, ...to.conflicts]);
  return writes.map((write) => ({
    beneficiaryId: write.value as string | null,
    handedOn: sameTabletValue(row.fields.handedOn, write.hlc) as string | null,
    atelier: sameTabletValue(row.fields.atelier, write.hlc) as string | null,
    hlc: write.hlc,
  }));
}

function distinctValues(writes: Stamped[]): Stamped[] {
  const seen = new Set<string>();
  return writes.filter((w) => w.value !== null && !seen.has(JSON.stringify(w.value)) && seen.add(JSON.stringify(w.value)));
}

function sameTabletValue(state: FieldState | undefined, hlc: string): unknown {
  if (!state) return null;
  const clientId = parseHlc(hlc)?.clientId;
  const candidates = [state.winner, ...state.conflicts].filter((w) => parseHlc(w.hlc)?.clientId === clientId);
  const distance = (w: Stamped) => Math.abs((parseHlc(w.hlc)?.ms ?? 0) - (parseHlc(hlc)?.ms ?? 0));
  const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
  return (nearest ?? state.winner).value;
}
