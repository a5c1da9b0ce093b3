// /activite/atelier/<workshopId>: an atelier for the public noted from the workshops calendar, its title and day
// filled in from the workshop.
import type { ContentPack } from '../../../../shared/schema/content';
import { readWorkshop } from '../../../db/local-content-repository';
import { Page } from '../../../ui/PagePlaceholder';
import { useDbQuery } from '../../../ui/use-db-query';
import { Loading } from '../Loading';
import { AtelierForm } from './AtelierForm';

/** The atelier form for the workshop `workshopId`, or a plain message when it is not on the tablet. */
export function AtelierFromWorkshop({ pack, workshopId }: { pack: ContentPack; workshopId: string }) {
  const query = useDbQuery(async (db) => ({ workshop: await readWorkshop(db, workshopId) }), [workshopId]);
  if (!query.data) return <Loading title="Nouvel atelier" state={query} />;
  const { workshop } = query.data;
  if (!workshop?.title || !workshop.date) {
    return (
      <Page title="Atelier introuvable">
        <p>Cet atelier n’est pas (ou plus) dans le calendrier de cette tablette.</p>
      </Page>
    );
  }
  return <AtelierForm pack={pack} workshop={{ title: workshop.title, date: workshop.date }} />;
}
