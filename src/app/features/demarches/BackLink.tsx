// The link back to the catalogue's home, at the top of its inner pages.
import { paths } from '../../routes/paths';
import { linkProps } from '../../ui/router';

/** "← Toutes les démarches". */
export function BackLink() {
  return (
    <p class="back-link no-print">
      <a {...linkProps(paths.demarches())}>← Toutes les démarches</a>
    </p>
  );
}
