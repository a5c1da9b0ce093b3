// The printable orientation slip handed to the person: where to go, when, how, and what to bring; below it
// (not printed) its reason to correct, with any version typed at the same time on another tablet.
import type { ContentPack, Partner } from '../../../../shared/schema/content';
import { notesOf, useLocalContent, type LocalNote, type LocalPartner } from '../../../catalogue/local-content';
import { LocalNoteList } from '../../../catalogue/LocalNotes';
import { partnerHours } from '../../../catalogue/partner-hours';
import { getBeneficiary, type Beneficiary } from '../../../db/beneficiaries-repository';
import { getOrientation, setOrientationReason, type Orientation } from '../../../db/orientations-repository';
import { useAppServices } from '../../../session/app-context';
import { FreeTextField } from '../../../forms/FreeTextField';
import { stampOf } from '../../../forms/use-record-form';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { longDate, personName } from '../labels';
import { paths } from '../../../routes/paths';
import { ofName } from '../../../ui/french';
import { useAccount } from '../use-role';
import { useDbQuery } from '../../../ui/use-db-query';
import { OutcomeButtons } from './OutcomeButtons';
import { Loading } from '../Loading';

/** The slip of one orientation, with its outcome buttons (not printed). */
export function OrientationSlip({ orientationId, pack }: { orientationId: string; pack: ContentPack }) {
  const query = useDbQuery(
    async (database) => {
      const orientation = await getOrientation(database, orientationId);
      const person = orientation?.beneficiaryId ? await getBeneficiary(database, orientation.beneficiaryId) : undefined;
      return { orientation, person };
    },
    [orientationId],
  );
  const local = useLocalContent();
  const { data } = query;
  if (!data) return <Loading title="Fiche d’orientation" state={query} />;
  const { orientation, person } = data;
  const partner = pack.partners.find((p) => p.id === orientation?.partnerId) ?? local.partners.find((p) => p.id === orientation?.partnerId);
  // A local partner is known once the local content is read.
  if (orientation && !partner && !local.loaded) return <Loading title="Fiche d’orientation" state={query} />;
  if (!orientation || !partner)
    return (
      <Page title="Orientation introuvable">
        <p>Cette orientation n’est pas (ou plus) sur cette tablette.</p>
      </Page>
    );
  const documents = [
    ...new Set(
      pack.demarches.filter((d) => (orientation.demarcheIds ?? []).includes(d.id)).flatMap((d) => d.documents.map((doc) => doc.label)),
    ),
  ];
  const localNotes = (orientation.demarcheIds ?? []).flatMap((id) => notesOf(local, id));
  return (
    <Page title="Fiche d’orientation">
      <p class="back-link no-print">
        {person ? (
          <a {...linkProps(paths.file({ id: person.id }))}>← Dossier {ofName(personName(person))}</a>
        ) : (
          <a {...linkProps(paths.orientations())}>← Toutes les orientations</a>
        )}
      </p>
      <Slip orientation={orientation} person={person} partner={partner} documents={documents} localNotes={localNotes} />
      <div class="form__actions no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          Imprimer la fiche
        </button>
      </div>
      <SlipReason orientation={orientation} />
      <h2 class="no-print">Suite donnée</h2>
      <OutcomeButtons id={orientation.id} outcome={orientation.outcome} label="Suite donnée à l’orientation" />
    </Page>
  );
}

/** The part handed to the person: where to go, when, how, what to bring, and who sent them. */
function Slip(props: {
  orientation: Orientation;
  person: Beneficiary | undefined;
  partner: Partner | LocalPartner;
  documents: string[];
  localNotes: LocalNote[];
}) {
  const { orientation, person, documents, localNotes } = props;
  const partner = slipPartner(props.partner);
  const account = useAccount();
  return (
    <article class="slip">
      <p class="slip__for">Pour : {personName(person)}</p>
      <h2 class="slip__partner">{partner.name}</h2>
      <dl class="facts">
        <dt>Adresse</dt>
        <dd>
          {partner.address} ({partner.commune})
        </dd>
        <dt>Horaires</dt>
        <dd>{partner.hours}</dd>
        {partner.phone && (
          <>
            <dt>Téléphone</dt>
            <dd>{partner.phone}</dd>
          </>
        )}
        <dt>Comment faire</dt>
        <dd>{partner.how}</dd>
        {orientation.reason && (
          <>
            <dt>Motif</dt>
            <dd>{orientation.reason}</dd>
          </>
        )}
      </dl>
      <h3>À apporter</h3>
      <ul>
        <li>Une pièce d’identité et cette fiche.</li>
        {partner.bring && <li>{partner.bring}</li>}
        {documents.map((doc) => (
          <li key={doc}>{doc}</li>
        ))}
      </ul>
      {localNotes.length > 0 && (
        <>
          <h3>À savoir ici</h3>
          <LocalNoteList notes={localNotes} />
        </>
      )}
      <p class="slip__signature">
        Orientation faite le {longDate(orientation.date)}
        {account ? ` par ${account.aidantName}, ${account.structureName}` : ''}.
      </p>
    </article>
  );
}

/** What the slip says of a partner of the pack or of the territory. */
function slipPartner(partner: Partner | LocalPartner) {
  if ('kind' in partner) return { ...partner, how: partner.howToRefer, bring: null };
  return {
    name: partner.name ?? '',
    address: partner.address ?? '',
    commune: partner.commune ?? '',
    hours: partnerHours(partner) ?? '',
    phone: partner.phone ?? undefined,
    how: partner.appointment ?? '',
    bring: partner.bring,
  };
}

/** The reason, to correct (not printed), with any version typed at the same time on another tablet. */
function SlipReason({ orientation }: { orientation: Orientation }) {
  const { db } = useAppServices();
  return (
    <section class="form no-print" aria-labelledby="slip-reason">
      <h2 id="slip-reason">Motif</h2>
      <FreeTextField
        label="Motif de l’orientation"
        value={orientation.reason}
        seen={stampOf(orientation, 'reason')}
        versions={orientation.conflicts.reason}
        of="du motif"
        action="Modifiez le motif ci-dessous pour garder ce qui compte, puis enregistrez-le."
        maxLength={2000}
        saveLabel="Enregistrer le motif"
        savedMessage="Motif enregistré."
        draftKey={`${orientation.beneficiaryId}:orientations:${orientation.id}:reason`}
        onSave={(reason, seen) => setOrientationReason(db, orientation.id, reason, seen)}
      />
    </section>
  );
}
