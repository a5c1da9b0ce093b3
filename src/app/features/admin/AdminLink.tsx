// Réglages: the way to the administration, for a coordinateur or an admin of the structure worked for.
import { paths } from '../../routes/paths';
import { coordinates, useAccount } from '../../session/use-account';
import { linkProps } from '../../ui/router';

/** The link, or nothing for an aidant. */
export function AdminLink() {
  const account = useAccount();
  if (!coordinates(account?.role)) return null;
  return (
    <section aria-labelledby="admin-link-title">
      <h2 id="admin-link-title">Administration</h2>
      <p>L’équipe, les appareils, le journal des accès{account?.role === 'admin' ? ' et les structures' : ''}. Demande du réseau.</p>
      <a class="button" {...linkProps(paths.admin())}>
        Ouvrir l’administration
      </a>
    </section>
  );
}
