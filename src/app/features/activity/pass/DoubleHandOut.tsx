// A cheque handed out twice (two tablets, offline): both hand-outs side by side, keep the right one.
import { resolveDoubleHandOut, type Cheque } from '../../../db/pass-numeriques-repository';
import { useAppServices } from '../../../session/app-context';
import { longDate } from '../labels';

/** "Remis deux fois : à résoudre" with a "Garder cette remise" button per hand-out. */
export function DoubleHandOut({ cheque, nameOf }: { cheque: Cheque; nameOf: (id: string | null) => string }) {
  const { db } = useAppServices();
  return (
    <div class="notice notice--warning" role="group" aria-label={`Chèque n° ${cheque.number} remis deux fois`}>
      <p>
        <strong>⚠ Remis deux fois : à résoudre.</strong> Deux tablettes ont remis ce chèque hors ligne. Vérifiez qui l’a reçu, puis gardez
        la bonne remise.
      </p>
      <ul class="card-list">
        {cheque.handOuts.map((handOut) => (
          <li key={handOut.hlc} class="card">
            <span>
              À {nameOf(handOut.beneficiaryId)}, le {longDate(handOut.handedOn)}
              {handOut.atelier ? `, pour « ${handOut.atelier} »` : ''}
            </span>
            <button type="button" class="button" onClick={() => void resolveDoubleHandOut(db, cheque.id, handOut)}>
              Garder cette remise
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
