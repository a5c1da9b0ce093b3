// /activite/pass: the structure's stock of pass numériques — counts, double hand-outs to resolve, every
// cheque with its status, and new booklets.
import { useState } from 'preact/hooks';
import { passStatuses, type PassStatus } from '../../../../shared/schema/pass-numerique';
import { listPeople } from '../../../db/person-index';
import { listCheques } from '../../../db/pass-numeriques-repository';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { passStatusLabels } from '../../../labels/records';
import { personName } from '../labels';
import { Loading } from '../Loading';
import { paths } from '../../../routes/paths';
import { useDbQuery } from '../../../ui/use-db-query';
import { AddBookletForm } from './AddBookletForm';
import { ChequeTable, euros } from './ChequeTable';
import { DoubleHandOut } from './DoubleHandOut';

/** The stock page. */
export function PassStockPage() {
  const query = useDbQuery(async (db) => ({ cheques: await listCheques(db), people: await listPeople(db) }));
  const [status, setStatus] = useState<PassStatus | 'tous'>('tous');
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = query;
  if (!data) return <Loading title="Pass numériques" state={query} />;
  const names = new Map(data.people.map((p) => [p.id, personName(p)]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? 'une personne effacée') : '—');
  const count = (s: PassStatus) => data.cheques.filter((c) => c.status === s).length;
  const doubles = data.cheques.filter((c) => c.handOuts.length > 1);
  const shown = data.cheques.filter((c) => status === 'tous' || c.status === status);
  const stockValue = data.cheques.filter((c) => c.status === 'en-stock').reduce((sum, c) => sum + (c.valueCents ?? 0), 0);
  return (
    <Page title="Pass numériques">
      <p class="back-link no-print">
        <a {...linkProps(paths.activity())}>← Activité</a>
      </p>
      <ul class="figures" aria-label="Le stock en chiffres">
        {passStatuses.map((s) => (
          <li key={s} class="figure">
            <span class="figure__value">{count(s)}</span> <span class="figure__label">{countedLabel(s, count(s))}</span>
          </li>
        ))}
        <li class="figure">
          <span class="figure__value">{euros(stockValue)}</span> <span class="figure__label">en stock</span>
        </li>
      </ul>
      {doubles.length > 0 && <h2>À résoudre ({doubles.length})</h2>}
      {doubles.map((cheque) => (
        <DoubleHandOut key={cheque.id} cheque={cheque} nameOf={nameOf} />
      ))}
      <h2>Les chèques</h2>
      <div class="toggle" role="group" aria-label="Afficher les chèques">
        {(['tous', ...passStatuses] as const).map((s) => (
          <button key={s} type="button" class="button toggle__button" aria-pressed={status === s} onClick={() => setStatus(s)}>
            {s === 'tous' ? 'Tous' : passStatusLabels[s]}
          </button>
        ))}
      </div>
      {problem && (
        <p class="notice-error" role="alert">
          {problem}
        </p>
      )}
      {shown.length === 0 ? (
        <p>Aucun chèque {status === 'tous' ? 'dans le stock : ajoutez un carnet ci-dessous.' : 'avec ce statut.'}</p>
      ) : (
        <ChequeTable cheques={shown} nameOf={nameOf} onProblem={setProblem} />
      )}
      <AddBookletForm />
    </Page>
  );
}

/** "chèques en stock", "chèque remis", "chèques utilisés": what a count of cheques counts, agreeing with it. */
function countedLabel(status: PassStatus, count: number): string {
  const label = passStatusLabels[status].toLowerCase();
  if (count <= 1) return `chèque ${label}`;
  return `chèques ${status === 'en-stock' || label.endsWith('s') ? label : `${label}s`}`;
}
