// Journal: the audit log of the caller's structures, newest first, filtered by file, aidant and days, and the
// endpoint's own CSV export of the same filters.
import { useState } from 'preact/hooks';
import type { AuditLine, AuditQuery } from '../../../shared/schema/admin';
import { TextField } from '../../forms/form-fields';
import { auditCsv, listAidants, readAudit, type AdminCaller } from '../../sync/admin-client';
import { AdminPage } from './AdminPage';
import { actionLabels, dateTime } from './labels';
import { useAdminAction, useAdminLoad } from './use-admin';

type Filters = Omit<AuditQuery, 'format' | 'structure'>;

/** /reglages/administration/journal. */
export function JournalPage() {
  return <AdminPage title="Journal des accès">{({ caller }) => <Journal caller={caller} />}</AdminPage>;
}

/** Offers `blob` as a download named `filename`. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const withoutEmpty = (filters: Filters): Filters =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => typeof value === 'string' && value.trim() !== '')) as Filters;

function Journal({ caller }: { caller: AdminCaller }) {
  const [filters, setFilters] = useState<Filters>({});
  const aidants = useAdminLoad(() => listAidants(caller), [caller.token]);
  const journal = useAdminLoad(() => readAudit(caller, filters), [caller.token, JSON.stringify(filters)]);
  const names = new Map(aidants.state.status === 'ready' ? aidants.state.data.map((a) => [a.id, a.name]) : []);
  return (
    <>
      <JournalFilters caller={caller} names={names} filters={filters} onFilter={setFilters} />
      {journal.state.status === 'loading' && <p>Chargement…</p>}
      {journal.state.status === 'failed' && <p role="alert">{journal.state.message}</p>}
      {journal.state.status === 'ready' && <JournalLines {...journal.state.data} names={names} />}
    </>
  );
}

function JournalFilters(props: {
  caller: AdminCaller;
  names: Map<string, string>;
  filters: Filters;
  onFilter: (filters: Filters) => void;
}) {
  const [draft, setDraft] = useState<Filters>({});
  const exporting = useAdminAction();
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const exportCsv = async () =>
    download(await auditCsv(props.caller, props.filters), `journal-declic-${new Date().toISOString().slice(0, 10)}.csv`);
  return (
    <form
      class="no-print"
      aria-label="Filtrer le journal"
      onSubmit={(e) => {
        e.preventDefault();
        props.onFilter(withoutEmpty(draft));
      }}
    >
      <TextField id="journal-record" label="Identifiant du dossier" value={draft.record ?? ''} onInput={set('record')} />
      <div class="field">
        <label for="journal-aidant">Aidant</label>
        <select id="journal-aidant" value={draft.aidant ?? ''} onChange={(e) => set('aidant')(e.currentTarget.value)}>
          <option value="">Tous</option>
          {[...props.names].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <TextField id="journal-from" label="Du" type="date" value={draft.from ?? ''} onInput={set('from')} />
      <TextField id="journal-to" label="Au" type="date" value={draft.to ?? ''} onInput={set('to')} />
      <div class="form-actions">
        <button type="submit" class="button button--primary">
          Filtrer
        </button>
        <button type="button" class="button" disabled={exporting.busy} onClick={() => void exporting.run(exportCsv)}>
          Exporter en CSV
        </button>
      </div>
      <p class="field__error" role="alert">
        {exporting.error}
      </p>
    </form>
  );
}

function JournalLines({ entries, truncated, names }: { entries: AuditLine[]; truncated: boolean; names: Map<string, string> }) {
  return (
    <>
      <p role="status">
        {entries.length === 0
          ? 'Aucune ligne pour ces filtres.'
          : `${entries.length} ligne${entries.length > 1 ? 's' : ''}${truncated ? ' (les plus récentes ; l’export CSV en donne davantage)' : ''}.`}
      </p>
      <div class="table-wrap" role="region" aria-label="Les lignes du journal" tabIndex={0}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Aidant</th>
              <th scope="col">Appareil</th>
              <th scope="col">Action</th>
              <th scope="col">Dossier</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${e.recordId}-${i}`}>
                <td data-label="Date">{dateTime(e.at)}</td>
                <td data-label="Aidant">{names.get(e.aidantId) ?? e.aidantEmail ?? e.aidantId}</td>
                <td data-label="Appareil">{e.deviceName ?? '—'}</td>
                <td data-label="Action">{actionLabels[e.action] ?? e.action}</td>
                <td data-label="Dossier">
                  <code>{e.recordId}</code> <small>({e.collection})</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
