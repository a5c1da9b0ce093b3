// Réglages: which content pack this tablet uses, how recent its facts are, and a manual check.
import { useOnline } from '../ui/ConnectivityIndicator';
import { canCheckContent, requestContentCheck, useContent } from './content-store';
import { ContentUpdateStatus } from './ContentUpdateStatus';
import { formatDay, newestCheckedOn } from './format';

/** The content version block of the Réglages page. */
export function ContentVersion() {
  const content = useContent();
  const online = useOnline();
  const busy = content.update.phase === 'checking' || content.update.phase === 'downloading';
  return (
    <section class="content-version" aria-labelledby="content-version-title">
      <h2 id="content-version-title">Contenu : démarches et guides</h2>
      {content.status === 'ready' ? (
        <dl class="facts">
          <dt>Version du contenu</dt>
          <dd>{content.pack.version}</dd>
          <dt>Informations vérifiées jusqu’au</dt>
          <dd>{formatDay(newestCheckedOn(content.pack) ?? '') || '—'}</dd>
          <dt>Catalogue</dt>
          <dd>
            {content.pack.demarches.length} démarches, {content.pack.guides.length} guides, {content.pack.partners.length} partenaires
          </dd>
        </dl>
      ) : (
        <p>{content.status === 'loading' ? 'Chargement du contenu…' : content.message}</p>
      )}
      <ContentUpdateStatus update={content.update} />
      <button type="button" class="button" disabled={busy || !online || !canCheckContent()} onClick={() => requestContentCheck()}>
        Chercher un nouveau contenu
      </button>
      {!online && <p class="hint">La vérification demande une connexion au réseau.</p>}
    </section>
  );
}
