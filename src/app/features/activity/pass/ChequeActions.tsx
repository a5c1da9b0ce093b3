// What can be done with one cheque, by its status: used, expired, back in stock.
import { localDate } from '../../../../shared/stats/period';
import { markChequeExpired, markChequeUsed, PassRuleError, returnChequeToStock, type Cheque } from '../../../db/pass-numeriques-repository';
import { useAppServices } from '../../../session/app-context';

/** The buttons of one cheque; a refused change is reported through `onProblem`. */
export function ChequeActions({ cheque, onProblem }: { cheque: Cheque; onProblem: (message: string) => void }) {
  const { db } = useAppServices();
  const today = localDate(db.now());
  const run = (action: () => Promise<void>) =>
    void action().catch((error: unknown) =>
      onProblem(error instanceof PassRuleError ? error.message : 'Le chèque n’a pas pu être modifié.'),
    );
  return (
    <div class="chips">
      {cheque.status === 'remis' && (
        <button type="button" class="button" onClick={() => run(() => markChequeUsed(db, cheque.id, today))}>
          Marquer utilisé<span class="visually-hidden"> (chèque n° {cheque.number})</span>
        </button>
      )}
      {(cheque.status === 'remis' || cheque.status === 'en-stock') && (
        <button type="button" class="button" onClick={() => run(() => markChequeExpired(db, cheque.id, today))}>
          Marquer expiré<span class="visually-hidden"> (chèque n° {cheque.number})</span>
        </button>
      )}
      {cheque.status === 'remis' && (
        <button type="button" class="button" onClick={() => run(() => returnChequeToStock(db, cheque.id))}>
          Remettre en stock<span class="visually-hidden"> (chèque n° {cheque.number})</span>
        </button>
      )}
    </div>
  );
}
