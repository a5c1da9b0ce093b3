// The cheques of the stock as a table: number, booklet, value, status, to whom, and what can be done.
import type { Cheque } from '../../../db/pass-numeriques-repository';
import { passStatusLabels } from '../../../labels/records';
import { longDate } from '../labels';
import { ChequeActions } from './ChequeActions';

/** "10,00 €". */
export const euros = (cents: number) =>
  `${(cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}\u00a0€`;

/** One row per cheque; `nameOf` names the person a cheque was handed to. */
export function ChequeTable({
  cheques: shown,
  nameOf,
  onProblem: setProblem,
}: {
  cheques: Cheque[];
  nameOf: (id: string | null) => string;
  onProblem: (message: string) => void;
}) {
  return (
    <div class="table-wrap" role="region" aria-label="Liste des chèques" tabIndex={0}>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Carnet</th>
            <th scope="col">Valeur</th>
            <th scope="col">Statut</th>
            <th scope="col">Remis à</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.number}</th>
              <td data-label="Carnet">{c.bookletNumber ?? '—'}</td>
              <td data-label="Valeur">{euros(c.valueCents ?? 0)}</td>
              <td data-label="Statut">
                {passStatusLabels[c.status ?? 'en-stock']}
                {c.handOuts.length > 1 && <strong> · remis deux fois</strong>}
              </td>
              <td data-label="Remis à">
                {c.handedTo ? `${nameOf(c.handedTo)}, le ${longDate(c.handedOn)}${c.atelier ? ` (${c.atelier})` : ''}` : '—'}
              </td>
              <td data-label="Actions">
                <ChequeActions cheque={c} onProblem={setProblem} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
