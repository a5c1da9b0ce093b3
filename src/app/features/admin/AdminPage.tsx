// The frame of every admin page: its title, a way back to the admin home, and a plain French answer to an
// aidant (the pages are for a coordinateur or an admin) or offline (they need the network).
import type { ComponentChildren } from 'preact';
import type { Role } from '../../../shared/schema/auth';
import { paths } from '../../routes/paths';
import { coordinates } from '../../session/use-account';
import { useOnline } from '../../ui/ConnectivityIndicator';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import type { AdminCaller } from '../../sync/admin-client';
import { useAdminCaller } from './use-admin';

export const OFFLINE_TEXT = 'L’administration demande une connexion au réseau. Elle s’ouvrira dès que la tablette sera en ligne.';

/** The page; `children` is drawn only for a coordinateur or admin online (and `adminOnly` for an admin). */
export function AdminPage({
  title,
  adminOnly = false,
  home = false,
  children,
}: {
  title: string;
  adminOnly?: boolean;
  home?: boolean;
  children: (who: { caller: AdminCaller; role: Role }) => ComponentChildren;
}) {
  const who = useAdminCaller();
  const online = useOnline();
  const allowed = who !== null && (adminOnly ? who.role === 'admin' : coordinates(who.role));
  return (
    <Page title={title}>
      {!home && (
        <p class="no-print">
          <a {...linkProps(paths.admin())}>← Administration</a>
        </p>
      )}
      {!allowed ? (
        <p role="alert">
          {adminOnly
            ? 'Cette page est réservée aux administrateurs du territoire.'
            : 'L’administration est réservée aux coordinateurs et aux administrateurs.'}
        </p>
      ) : !online ? (
        <p role="alert">{OFFLINE_TEXT}</p>
      ) : (
        children(who)
      )}
    </Page>
  );
}
