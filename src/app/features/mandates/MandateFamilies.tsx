// The families a mandate covers, on its card: each with its revocation day, or a button that revokes it
// alone from today (after a confirmation), the others staying in force.
import type { MandateFamily } from '../../../shared/schema/mandate';
import { revokeFamily, type Mandate } from '../../db/mandates-repository';
import { formatDay } from '../../catalogue/format';
import { familyLabels } from '../../labels/mandate-families';
import { useAppServices } from '../../session/app-context';
import { ConfirmAction } from '../../ui/ConfirmAction';

/** The list; `canRevoke` is false once the mandate ended (expired or revoked as a whole). */
export function MandateFamilies({ mandate, today, canRevoke }: { mandate: Mandate; today: string; canRevoke: boolean }) {
  const { db } = useAppServices();
  const stillCovered = mandate.families.filter((family) => !mandate.revokedFamilies[family]);
  return (
    <ul class="mandate-families" aria-label="Familles de démarches du mandat">
      {mandate.families.map((family: MandateFamily) => {
        const revokedOn = mandate.revokedFamilies[family];
        const title = familyLabels[family].title;
        return (
          <li key={family} class="mandate-family">
            <span class={revokedOn ? 'mandate-family__name mandate-family__name--revoked' : 'mandate-family__name'}>{title}</span>
            {revokedOn ? (
              <span class="mandate-family__state"> — retirée du mandat le {formatDay(revokedOn)}</span>
            ) : (
              canRevoke &&
              stillCovered.length > 1 && (
                <ConfirmAction
                  question={`Retirer « ${title} » du mandat à partir d’aujourd’hui ? Les autres familles restent couvertes.`}
                  confirmLabel="Oui, retirer cette famille"
                  onConfirm={() => void revokeFamily(db, mandate.id, family, today)}
                >
                  Retirer « {title} »
                </ConfirmAction>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
