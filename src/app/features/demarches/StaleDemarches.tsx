// For the coordinator: the démarches whose facts nobody checked against their official pages in the
// last 6 months (or ever), to check before an aidant relies on them at the counter.
import { staleDemarches, type StaleDemarche } from '../../../shared/content-freshness';
import type { ContentPack } from '../../../shared/schema/content';
import { formatDay } from '../../catalogue/format';
import { operatorLabels } from '../../catalogue/labels';
import { paths } from '../../routes/paths';
import { coordinates, useAccount } from '../../session/use-account';
import { todayIso } from '../../ui/dates';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { BackLink } from './BackLink';

/** Months after which a check is too old. */
export const CHECK_VALIDITY_MONTHS = 6;

/** /demarches/a-verifier: the démarches to check again, never checked first, then the oldest checks. */
export function StaleDemarchesPage({ pack, today = todayIso() }: { pack: ContentPack; today?: string }) {
  const account = useAccount();
  if (!coordinates(account?.role)) {
    return (
      <Page title="Démarches à revérifier">
        <p class="notice">Cette liste est réservée aux coordinateurs et aux administrateurs du territoire.</p>
        <BackLink />
      </Page>
    );
  }
  const stale = staleDemarches(pack, today, CHECK_VALIDITY_MONTHS);
  return (
    <Page title="Démarches à revérifier">
      <BackLink />
      <p>
        {stale.length === 0
          ? `Toutes les démarches ont été vérifiées depuis moins de ${CHECK_VALIDITY_MONTHS} mois.`
          : `${stale.length} démarche${stale.length > 1 ? 's' : ''} sur ${pack.demarches.length} : jamais vérifiée${stale.length > 1 ? 's' : ''} ou vérifiée${stale.length > 1 ? 's' : ''} il y a plus de ${CHECK_VALIDITY_MONTHS} mois. Comparez-les à leurs pages officielles.`}
      </p>
      {stale.length > 0 && (
        <ul class="card-list" aria-label="Démarches à revérifier">
          {stale.map((item) => (
            <StaleItem key={item.demarche.id} item={item} />
          ))}
        </ul>
      )}
    </Page>
  );
}

function StaleItem({ item: { demarche, checkedOn, reason } }: { item: StaleDemarche }) {
  return (
    <li>
      <a class="card" {...linkProps(paths.demarche({ demarcheId: demarche.id }))}>
        <span class="card__title">{demarche.title}</span>
        <span class="card__meta">
          {operatorLabels[demarche.operator].short} ·{' '}
          {reason === 'jamais-verifiee' || checkedOn === undefined ? 'jamais vérifiée' : `vérifiée le ${formatDay(checkedOn)}`} ·{' '}
          {demarche.sources.length} source{demarche.sources.length > 1 ? 's' : ''}
        </span>
      </a>
    </li>
  );
}

/** The link from the catalogue's home, for those who may see the list. */
export function StaleDemarchesLink({ pack, today = todayIso() }: { pack: ContentPack; today?: string }) {
  const account = useAccount();
  if (!coordinates(account?.role)) return null;
  const count = staleDemarches(pack, today, CHECK_VALIDITY_MONTHS).length;
  if (count === 0) return null;
  return (
    <p>
      <a {...linkProps(paths.staleDemarches())}>
        {count} démarche{count > 1 ? 's' : ''} à revérifier
      </a>
    </p>
  );
}
