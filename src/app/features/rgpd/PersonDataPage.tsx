// "Exporter ses données": everything about one person, as a JSON download and as a printable page
// (right of access), read from the tablet.
import type { PersonData } from '../../db/person-file-repository';
import { useAppServices } from '../../session/app-context';
import { linkProps } from '../../ui/router';
import { todayIso } from '../beneficiaries/calendar';
import { displayName } from '../beneficiaries/person-matching';
import { collectionTitles, fieldLabels, valueText } from './field-labels';
import { buildExport, downloadExport, exportFileName, type ExportedRecord } from './person-export';

function RecordFacts({ record }: { record: ExportedRecord }) {
  return (
    <dl class="facts">
      {Object.entries(record).map(([field, value]) => (
        <div key={field} class="facts__row">
          <dt>{fieldLabels[field] ?? field}</dt>
          <dd>{valueText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The export page of one person. */
export function PersonDataPage({ data, structureName }: { data: PersonData; structureName: string }) {
  const { db } = useAppServices();
  const now = db.now();
  const document_ = buildExport(data, structureName, now);
  const name = displayName({
    firstName: data.beneficiary.firstName as string | null,
    lastName: data.beneficiary.lastName as string | null,
  });
  return (
    <div class="person-data">
      <p class="no-print back-link">
        <a {...linkProps(`/beneficiaires/${data.beneficiary.id}`)}>← Retour au dossier</a>
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
        Données enregistrées sur cette tablette par {structureName} au sujet de <strong>{name}</strong>, le{' '}
        {new Date(now).toLocaleDateString('fr-FR')}. La personne peut demander qu’elles soient corrigées ou effacées.
      </p>
      <section aria-labelledby="export-person">
        <h2 id="export-person">Le dossier</h2>
        <RecordFacts record={document_.person} />
      </section>
      {Object.entries(document_.records).map(([collection, records]) => (
        <section key={collection} aria-labelledby={`export-${collection}`}>
          <h2 id={`export-${collection}`}>
            {collectionTitles[collection] ?? collection} ({records.length})
          </h2>
          {records.map((record) => (
            <RecordFacts key={String(record.id)} record={record} />
          ))}
        </section>
      ))}
    </div>
  );
}
