// Where the content update stands, in words, with a progress bar while a new pack downloads.
import type { UpdateState } from './content-store';

const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
}

/** The update state; `onlyDownload` shows nothing but a download in progress (for the catalogue pages). */
export function ContentUpdateStatus({ update, onlyDownload = false }: { update: UpdateState; onlyDownload?: boolean }) {
  if (update.phase === 'downloading') {
    const { received, total } = update;
    return (
      <div class="content-update" role="status">
        <span>Téléchargement du nouveau contenu…</span>
        <progress
          class="content-update__bar"
          aria-label="Téléchargement du nouveau contenu"
          max={total ?? undefined}
          value={total === undefined ? undefined : Math.min(received, total)}
        />
        <span>{total === undefined ? `${kilobytes(received)} reçus` : `${kilobytes(received)} sur ${kilobytes(total)}`}</span>
      </div>
    );
  }
  if (onlyDownload) return null;
  return (
    <p class="content-update" role="status">
      {describe(update)}
    </p>
  );
}

function describe(update: UpdateState): string {
  switch (update.phase) {
    case 'idle':
      return 'Le contenu sera vérifié à la prochaine connexion au réseau.';
    case 'checking':
      return 'Recherche d’un nouveau contenu…';
    case 'up-to-date':
      return `Contenu à jour (vérifié à ${time.format(update.at)}).`;
    case 'updated':
      return `Nouveau contenu installé à ${time.format(update.at)}.`;
    case 'failed':
      return update.message;
    default:
      return '';
  }
}
