// What a person's file page reads, and the history of everything done with them in time order.
import type { Demarche, Partner } from '../../../shared/schema/content';
import { getBeneficiary, type Beneficiary } from '../../db/beneficiaries-repository';
import type { DeclicDatabase } from '../../db/database';
import { formatDuration } from '../../catalogue/format';
import { listDiagnosticsOf, type Diagnostic } from '../../db/diagnostics-repository';
import { listMandatesOf, type Mandate } from '../../db/mandates-repository';
import { keptFileId } from '../../db/file-merge-repository';
import { recordsOfPerson } from '../../db/person-file-repository';
import type { PlainRecord } from '../../db/record-state';
import { paths } from '../../routes/paths';
import { autonomyLabels, orientationLabels } from '../../labels/diagnostic';
import { statusLabels } from '../../labels/records';
import { durationDaysLabels, familyLabels } from '../../labels/mandate-families';
import { mandateTerms } from '../../../shared/mandate/terms';

/** The file page's data: the person, their diagnostics (oldest first), mandates, and every record about them. */
export interface PersonFile {
  person: Beneficiary;
  diagnostics: Diagnostic[];
  mandates: Mandate[];
  records: Record<string, PlainRecord[]>;
}

/**
 * Reads the file of `id`; null when the tablet does not have it (or it was erased). A file merged into
 * another reads as the kept file: its person is the kept one (the page shows that person under its own id).
 */
export async function loadPersonFile(db: DeclicDatabase, requestedId: string): Promise<PersonFile | null> {
  const id = (await keptFileId(db, requestedId)) ?? requestedId;
  const person = await getBeneficiary(db, id);
  if (!person) return null;
  const [diagnostics, mandates, records] = await Promise.all([listDiagnosticsOf(db, id), listMandatesOf(db, id), recordsOfPerson(db, id)]);
  return { person, diagnostics, mandates, records };
}

/** One line of the history. */
export interface HistoryEntry {
  key: string;
  date: string;
  title: string;
  detail?: string;
  /** The page that shows the entry in full, when there is one. */
  href?: string;
}

const DATE_FIELDS = ['date', 'startOn', 'startedOn', 'handedOn'];

const placeLabels: Record<string, string> = {
  domicile: 'à domicile',
  mairie: 'en mairie',
  'france-services': 'en France services',
  'a-distance': 'à distance',
};

/** The history, most recent first: the file's own events and every dated record referring to the person. */
export function historyOf(file: PersonFile, catalogue: Demarche[] | undefined, partners: Partner[] | undefined): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const { person } = file;
  if (person.noticeGivenOn) entries.push({ key: 'notice', date: person.noticeGivenOn, title: 'Notice d’information remise' });
  if (person.objection && person.objectionOn)
    entries.push({ key: 'objection', date: person.objectionOn, title: 'Opposition à l’enregistrement des données' });
  const title = (id: string) => catalogue?.find((d) => d.id === id)?.title ?? id;
  // Only a complete diagnostic has a page (one whose fields are still arriving is not shown).
  const diagnosticPage = (r: PlainRecord) =>
    file.diagnostics.some((d) => d.id === r.id) ? paths.diagnostic({ id: person.id, diagnosticId: r.id }) : undefined;
  for (const [collection, records] of Object.entries(file.records)) {
    for (const r of records) {
      const date = DATE_FIELDS.map((f) => r[f]).find((v): v is string => typeof v === 'string');
      if (!date) continue;
      const href = collection === 'diagnostics' ? diagnosticPage(r) : undefined;
      entries.push({ key: `${collection}/${r.id}`, date, ...describe(collection, r, title, partners), ...(href ? { href } : {}) });
    }
  }
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.key < b.key ? 1 : -1));
}

function describe(
  collection: string,
  r: PlainRecord,
  title: (id: string) => string,
  partners: Partner[] | undefined,
): { title: string; detail?: string } {
  const list = (ids: unknown) => (Array.isArray(ids) && ids.length > 0 ? ids.map((id) => title(String(id))).join(', ') : undefined);
  switch (collection) {
    case 'diagnostics':
      return {
        title: `Diagnostic : ${autonomyLabels[r.autonomyLevel as keyof typeof autonomyLabels] ?? 'niveau inconnu'}`,
        detail: `Orientation : ${orientationLabels[r.orientation as keyof typeof orientationLabels]?.title ?? '—'}`,
      };
    case 'mandates': {
      const terms = mandateTerms(r);
      return {
        title: `Mandat de ${terms ? durationDaysLabels[terms.durationDays] : '?'}${r.revokedOn ? ' (révoqué)' : ''}`,
        detail: terms && terms.families.length > 0 ? terms.families.map((f) => familyLabels[f].title).join(', ') : list(r.demarcheIds),
      };
    }
    case 'orientations':
      return {
        title: `Orientation vers ${partners?.find((p) => p.id === r.partnerId)?.name ?? String(r.partnerId)}`,
        detail: list(r.demarcheIds),
      };
    case 'accompagnements':
      return {
        title:
          r.mode === 'atelier'
            ? `Atelier${r.theme ? ` : ${String(r.theme)}` : ''}`
            : `Accompagnement ${placeLabels[String(r.place)] ?? ''}`.trim(),
        detail:
          [typeof r.durationMinutes === 'number' ? formatDuration(r.durationMinutes) : null, list(r.demarcheIds)]
            .filter(Boolean)
            .join(' · ') || undefined,
      };
    case 'demarcheSuivis':
      return {
        title: `Démarche commencée : ${title(String(r.demarcheId))}`,
        detail: statusLabels[(r.status ?? 'a-faire') as keyof typeof statusLabels],
      };
    case 'passNumeriques':
      return { title: `Pass numérique n° ${String(r.number ?? '?')} remis`, detail: typeof r.atelier === 'string' ? r.atelier : undefined };
    default:
      return { title: `Enregistrement « ${collection} »` };
  }
}
