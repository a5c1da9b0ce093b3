// A person's mandates on their file: the families each covers, its state in words (a warning from 30 days
// before expiry), a link to print it, and a way to revoke one family or the whole mandate.
import { useState } from 'preact/hooks';
import { revokeMandate, type Mandate } from '../../db/mandates-repository';
import { formatDay } from '../../catalogue/format';
import { useAppServices } from '../../session/app-context';
import { paths } from '../../routes/paths';
import { linkProps } from '../../ui/router';
import { demarcheLabel } from '../../catalogue/labels';
import { useCatalogue } from '../../catalogue/content-store';
import { durationDaysLabels } from '../../labels/mandate-families';
import { mandateState, stateText, type MandateState } from './mandate-period';
import { MandateFamilies } from './MandateFamilies';

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
  const ended = state.kind === 'revoque' || state.kind === 'expire';
  return (
    <article class="card mandate-card" aria-label={`Mandat du ${formatDay(mandate.startOn)}`}>
      <h3 class="card__title">
        Mandat de {durationDaysLabels[mandate.durationDays]}, à partir du {formatDay(mandate.startOn)}
      </h3>
      <MandateStateLine state={state} />
      <MandateFamilies mandate={mandate} today={today} canRevoke={ended === false} />
      {mandate.templateVersion === 1 && mandate.demarcheIds && (
        <p class="card__meta">Démarches signées : {mandate.demarcheIds.map((id) => demarcheLabel(id, catalogue)).join(' ; ')}</p>
      )}
      <div class="form-actions">
        <a class="button" {...linkProps(paths.mandate({ id: mandate.beneficiaryId, mandateId: mandate.id }))}>
          Imprimer le mandat
        </a>
        {!ended && !confirming && (
          <button type="button" class="button" onClick={() => setConfirming(true)}>
            Révoquer tout le mandat
          </button>
        )}
        {confirming && (
          <>
            <button type="button" class="button button--danger" onClick={() => void revokeMandate(db, mandate.id, today)}>
              Confirmer la révocation de tout le mandat aujourd’hui
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
