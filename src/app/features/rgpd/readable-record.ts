// One exported record as the printed page shows it: a title that says what it is ("Mandat du
// 20 janvier 2026"), then its fields in the collection's order, in French, without internal ids.
import { collections } from '../../../shared/schema/collections';
import { formatDay } from '../../catalogue/format';
import { demarcheLabel } from '../../catalogue/labels';
import { fieldLabel, hiddenFields, hiddenWhenEmpty } from './field-labels';
import { fieldValue, type ReadableValue, type ReadingContext } from './field-values';
import type { ExportedRecord } from './person-export';

/** One line of the page: the field's name and its value. */
export interface ReadableRow {
  field: string;
  label: string;
  value: ReadableValue;
}

const day = (value: unknown) => (typeof value === 'string' ? formatDay(value) : 'date inconnue');

/** The title of one record of `collection` (the `position`-th one, counted from 1). */
export function recordTitle(collection: string, record: ExportedRecord, position: number, context: ReadingContext): string {
  switch (collection) {
    case 'diagnostics':
      return `Diagnostic du ${day(record.date)}`;
    case 'mandates':
      return `Mandat du ${day(record.startOn)}`;
    case 'orientations':
      return `Orientation du ${day(record.date)}`;
    case 'accompagnements':
      return `${record.mode === 'atelier' ? 'Atelier' : 'Accompagnement'} du ${day(record.date)}`;
    case 'passNumeriques':
      return `Pass numérique n° ${String(record.number ?? position)}`;
    case 'demarcheSuivis':
      return `Démarche : ${demarcheLabel(String(record.demarcheId), context.demarches)}`;
    case 'beneficiaries':
      return `Dossier fusionné n° ${position}`;
    default:
      return `Enregistrement n° ${position}`;
  }
}

/** The fields of a record in the order its collection declares them (unknown ones after), conflicts last. */
function fieldOrder(collection: string, record: ExportedRecord): string[] {
  const declared = Object.keys(collections[collection]?.fields ?? {});
  const others = Object.keys(record).filter((field) => !declared.includes(field) && field !== 'conflicts');
  const empty = (field: string) =>
    hiddenWhenEmpty[collection]?.has(field) === true && (record[field] === null || record[field] === undefined);
  return [...declared, ...others, 'conflicts'].filter((field) => Object.hasOwn(record, field) && !hiddenFields.has(field) && !empty(field));
}

/** The lines of one record of `collection`. */
export function readableRows(collection: string, record: ExportedRecord, context: ReadingContext): ReadableRow[] {
  return fieldOrder(collection, record).map((field) => ({
    field,
    label: fieldLabel(collection, field),
    value: fieldValue(collection, field, field === 'participantIds' ? withOthers(record) : record[field], context),
  }));
}

/** An atelier's participants as the page counts them: the person, and one blank per other participant (the export has no id of theirs). */
function withOthers(record: ExportedRecord): unknown[] {
  const listed = Array.isArray(record.participantIds) ? record.participantIds : [];
  const others = typeof record.otherParticipants === 'number' ? record.otherParticipants : 0;
  return [...listed, ...Array.from({ length: others }, () => '')];
}
