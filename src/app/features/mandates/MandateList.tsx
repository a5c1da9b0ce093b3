// A person's mandates on their file: what each covers, its state in words (a warning from 30 days before
// expiry), a link to print it and a way to revoke it.
import { useState } from 'preact/hooks';
import { revokeMandate, type Mandate } from '../../db/mandates-repository';
import { formatDay } from '../../catalogue/format';
import { useAppServices } from '../../session/app-context';
import { paths } from '../../routes/paths';
import { linkProps } from '../../ui/router';
import { demarcheLabel } from '../../catalogue/labels';
import { useCatalogue } from '../../catalogue/content-store';
import { durationLabels } from '../../labels/records';
import { mandateState, stateText, type MandateState } from './mandate-period';

/** The icon and words of a state; the warning is said in words, not by colour alone. */
export function MandateStateLine({ state }: { state: MandateState }) {
  const warn = state.kind === 'expire-bientot' || state.kind === 'expire';
  return (
    <p class={`mandate-state mandate-state--${state.kind}`}>
      {warn && <span aria-hidden="true">{'⚠️\u00a0'}</span>}
      {stateText(state, formatDay)}
    </p>
  );
}

/** The « Mandats » section of a person's file. */
export function MandatesSection({ mandates, today }: { mandates: Mandate[]; today: string }) {
  return (
    <section aria-labelledby="file-mandates">
      <h2 id="file-mandates">Mandats</h2>
      <MandateList mandates={mandates} today={today} />
    </section>
  );
}

/** The mandates of a person, most recent first. */
export function MandateList({ mandates, today }: { mandates: Mandate[]; today: string }) {
  if (mandates.length === 0) return <p>Aucun mandat.</p>;
  return (
    <ul class="card-list">
      {mandates.map((m) => (
        <li key={m.id}>
          <MandateCard mandate={m} today={today} />
        </li>
      ))}
    </ul>
  );
}

function MandateCard({ mandate, today }: { mandate: Mandate; today: string }) {
  const { db } = useAppServices();
  const catalogue = useCatalogue();
  const [confirming, setConfirming] = useState(false);
  const state = mandateState(mandate, today);
  return (
    <article class="card mandate-card" aria-label={`Mandat du ${formatDay(mandate.startOn)}`}>
      <h3 class="card__title">
        Mandat de {durationLabels[mandate.duration]}, à partir du {formatDay(mandate.startOn)}
      </h3>
      <MandateStateLine state={state} />
      <p class="card__meta">Démarches : {mandate.demarcheIds.map((id) => demarcheLabel(id, catalogue)).join(' ; ')}</p>
      <div class="form-actions">
        <a class="button" {...linkProps(paths.mandate({ id: mandate.beneficiaryId, mandateId: mandate.id }))}>
          Imprimer le mandat
        </a>
        {state.kind !== 'revoque' && state.kind !== 'expire' && !confirming && (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            Révoquer
          </button>
        )}
        {confirming && (
          <>
            <button type="button" class="button button--danger" onClick={() => void revokeMandate(db, mandate.id, today)}>
              Confirmer la révocation aujourd’hui
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Ne pas révoquer
            </button>
          </>
        )}
      </div>
    </article>
  );
}
