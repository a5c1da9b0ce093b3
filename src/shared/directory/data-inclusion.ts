// data·inclusion's schema v1 (gip-inclusion/data-inclusion-schema): structures, and services linked to them by
// `structure_id`, as JSON — `{"structures": […], "services": […]}`, or a list of structures alone (also under
// `items`, as the API pages them). Only the structures of the zone are kept; their services name what they offer.
import { LOCAL_MARKDOWN_MAX } from '../schema/local-content';
import {
  cell,
  clipped,
  checkedValues,
  DirectoryFileError,
  firstOfEachId,
  listOrNull,
  phoneNumber,
  postalCode,
  requiredCell,
  RowError,
  updateDate,
  type ColumnNames,
  type ImportedPartner,
  type ParsedDirectory,
  type RefusedLine,
} from './imported-partner';
import { arrayElementLines, lineOfOffset } from './json-lines';
import { inZone, type Zone } from './zone';

const COLUMNS: ColumnNames = {
  name: 'nom',
  commune: 'commune',
  postalCode: 'code_postal',
  address: 'adresse',
  phone: 'telephone',
  email: 'courriel',
  website: 'site_web',
  openingHours: 'horaires_accueil',
  appointment: 'services.lien_mobilisation',
  services: 'services.nom',
  modalities: 'services.modes_accueil',
  notes: 'description',
};

/** data·inclusion's `modes_accueil`, in the words of the « Lieux » standard. */
const MODES: Record<string, string> = { 'en-presentiel': 'En présentiel', 'a-distance': 'À distance' };

type Item = Record<string, unknown>;

/** A service as read: its structure, what it is called, how it is reached, and its `date_maj`. */
interface Service {
  structureId: string;
  name: string;
  modes: string[];
  updatedOn: string;
}

function objectAt(value: unknown): Item {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowError('un objet JSON est attendu');
  return value as Item;
}

function readService(value: unknown): Service {
  const item = objectAt(value);
  const [structureId = '', name = ''] = ['structure_id', 'nom', 'source', 'id', 'description'].map((key) => requiredCell(item[key], key));
  const modes = Array.isArray(item.modes_accueil)
    ? item.modes_accueil.flatMap((m) => (typeof m === 'string' && MODES[m] ? [MODES[m]] : []))
    : [];
  return { structureId, name, modes, updatedOn: updateDate(item.date_maj) };
}

function readStructure(value: unknown, line: number, services: Service[]): ImportedPartner {
  const item = objectAt(value);
  const [id = '', name = ''] = ['id', 'nom', 'source'].map((key) => requiredCell(item[key], key));
  const updatedOn = services.reduce((latest, s) => (s.updatedOn > latest ? s.updatedOn : latest), updateDate(item.date_maj));
  const complement = cell(item.complement_adresse);
  const values = checkedValues(
    {
      name,
      commune: cell(item.commune),
      postalCode: postalCode(item.code_postal, false),
      address: [cell(item.adresse), complement].filter(Boolean).join(', ') || null,
      phone: phoneNumber(item.telephone),
      email: cell(item.courriel),
      website: cell(item.site_web),
      openingHours: cell(item.horaires_accueil),
      appointment: null,
      services: listOrNull(services.map((s) => s.name)),
      modalities: listOrNull(services.flatMap((s) => s.modes)),
      notes: clipped(cell(item.description), LOCAL_MARKDOWN_MAX),
    },
    COLUMNS,
  );
  return { line, source: 'data-inclusion', sourceId: id, updatedOn, values };
}

/** The two lists of the file and the line of each element; DirectoryFileError when it is not such a file. */
function lists(text: string): { structures: unknown[]; services: unknown[]; lines: Map<string, number[]>; key: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new DirectoryFileError(`Ce fichier n’est pas un JSON valide${at ? ` (ligne ${lineOfOffset(text, Number(at))})` : ''}.`);
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = arrayElementLines(source);
  if (Array.isArray(data)) return { structures: data, services: [], lines, key: '' };
  const root = typeof data === 'object' && data !== null ? (data as Item) : {};
  const structures = Array.isArray(root.structures) ? root.structures : Array.isArray(root.items) ? root.items : null;
  if (!structures) throw new DirectoryFileError('Ce n’est pas un fichier data·inclusion : la liste « structures » est absente.');
  const services = Array.isArray(root.services) ? root.services : [];
  return { structures, services, lines, key: Array.isArray(root.structures) ? 'structures' : 'items' };
}

/** Reads a data·inclusion v1 JSON file, keeping the structures of `zone`; throws DirectoryFileError when it cannot be read. */
export function parseDataInclusion(text: string, zone: Zone): ParsedDirectory {
  const file = lists(text);
  const refused: RefusedLine[] = [];
  const servicesOf = new Map<string, Service[]>();
  const serviceLines = file.lines.get('services') ?? [];
  // A bad service of a structure outside the zone is none of this import's business: it is not reported.
  const badServices: (RefusedLine & { structureId: string | null })[] = [];
  file.services.forEach((value, i) => {
    try {
      const service = readService(value);
      servicesOf.set(service.structureId, [...(servicesOf.get(service.structureId) ?? []), service]);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      const structureId = typeof value === 'object' && value !== null ? cell((value as Item).structure_id) : null;
      badServices.push({ line: serviceLines[i] ?? 0, reason: `service : ${error.message}`, structureId });
    }
  });
  const structureLines = file.lines.get(file.key) ?? [];
  const partners: ImportedPartner[] = [];
  const outside = new Set<string>();
  let outOfZone = 0;
  file.structures.forEach((value, i) => {
    const line = structureLines[i] ?? 0;
    try {
      const item = objectAt(value);
      if (!inZone(zone, cell(item.code_insee), cell(item.code_postal))) {
        outOfZone += 1;
        const id = cell(item.id);
        if (id) outside.add(id);
        return;
      }
      partners.push(readStructure(item, line, servicesOf.get(cell(item.id) ?? '') ?? []));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      refused.push({ line, reason: error.message });
    }
  });
  for (const { structureId, ...bad } of badServices) if (structureId === null || !outside.has(structureId)) refused.push(bad);
  const kept = firstOfEachId(partners, refused);
  return { source: 'data-inclusion', partners: kept, refused: refused.sort((a, b) => a.line - b.line), outOfZone };
}
