// "Exporter ses données": everything about one person, as a JSON download and as a printable page
// (right of access), read from the tablet.
import { useContent } from '../../catalogue/content-store';
import { formatDay } from '../../catalogue/format';
import type { PersonData } from '../../db/person-file-repository';
import { useAppServices } from '../../session/app-context';
import { linkProps } from '../../ui/router';
import { todayIso } from '../../ui/dates';
import { displayName } from '../../ui/person-name';
import { collectionTitles } from './field-labels';
import type { ReadingContext } from './field-values';
import { buildExport, downloadExport, exportFileName, type ExportedRecord } from './person-export';
import { readableRows, recordTitle } from './readable-record';
import { paths } from '../../routes/paths';

/** One record's fields, in French (the printed page shows no internal id; the JSON file keeps them). */
function RecordFacts({ collection, record, context }: { collection: string; record: ExportedRecord; context: ReadingContext }) {
  return (
    <dl class="facts">
      {readableRows(collection, record, context).map(({ field, label, value }) => (
        <div key={field} class="facts__row">
          <dt>{label}</dt>
          <dd>
            {Array.isArray(value) ? (
              <ul class="answer-list">
                {value.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Collection({ collection, records, context }: { collection: string; records: ExportedRecord[]; context: ReadingContext }) {
  return (
    <section aria-labelledby={`export-${collection}`}>
      <h2 id={`export-${collection}`}>
        {collectionTitles[collection] ?? collection} ({records.length})
      </h2>
      {records.map((record, i) => (
        <div key={String(record.id)} class="person-data__record">
          <h3>{recordTitle(collection, record, i + 1, context)}</h3>
          <RecordFacts collection={collection} record={record} context={context} />
        </div>
      ))}
    </section>
  );
}

/** The export page's content for one person (its title, set by the page, names them). */
export function PersonDataView({ data, structureName }: { data: PersonData; structureName: string }) {
  const { db } = useAppServices();
  const now = db.now();
  const document_ = buildExport(data, structureName, now);
  const name = displayName({
    firstName: data.beneficiary.firstName as string | null,
    lastName: data.beneficiary.lastName as string | null,
  });
  const content = useContent();
  const pack = content.status === 'ready' ? content.pack : undefined;
  const context: ReadingContext = { personId: data.beneficiary.id, personName: name, demarches: pack?.demarches, partners: pack?.partners };
  return (
    <div class="person-data">
      <p class="no-print back-link">
        <a {...linkProps(paths.file({ id: data.beneficiary.id }))}>← Retour au dossier</a>
      </p>
      <div class="form-actions no-print">
        <button
          type="button"
          class="button button--primary"
          onClick={() =>
            downloadExport(buildExport(data, structureName, db.now()), exportFileName(data.beneficiary.id, todayIso(db.now())))
          }
        >
          Télécharger le fichier (JSON)
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Imprimer
        </button>
      </div>
      <p>
        Données enregistrées sur cette tablette par {structureName} au sujet de <strong>{name}</strong>, le {formatDay(todayIso(now))}. La
        personne peut demander qu’elles soient corrigées ou effacées.
      </p>
      <section aria-labelledby="export-person">
        <h2 id="export-person">Le dossier</h2>
        <RecordFacts collection="beneficiaries" record={document_.person} context={context} />
      </section>
      {Object.entries(document_.records).map(([collection, records]) => (
        <Collection key={collection} collection={collection} records={records} context={context} />
      ))}
    </div>
  );
}
