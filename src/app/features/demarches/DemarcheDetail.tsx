// One démarche: what it is, what to have before starting, the steps in order, the documents,
// the official page, how long it takes, whom to call, and when its facts were last checked.
import type { ComponentChildren } from 'preact';
import type { Demarche, Partner } from '../../../shared/schema/content';
import { formatDay, formatDuration } from '../../catalogue/format';
import { operatorLabels, situationLabels } from '../../catalogue/labels';
import { Page } from '../../ui/PagePlaceholder';
import { paths } from '../../routes/paths';
import { linkProps } from '../../ui/router';
import { BackLink } from './BackLink';
import { PartnerCard } from '../../catalogue/PartnerCard';
import { LocalNotesSection } from './LocalNotesSection';

/** The page of `demarche`; `partner` is the one to call; `children` (what to start for a person) follow the official link. */
export function DemarcheDetail({
  demarche,
  partner,
  children,
}: {
  demarche: Demarche;
  partner: Partner | undefined;
  children?: ComponentChildren;
}) {
  const operator = operatorLabels[demarche.operator];
  return (
    <Page title={demarche.title}>
      <BackLink />
      <p class="demarche__meta">
        <a {...linkProps(paths.operator({ operator: demarche.operator }))}>{operator.short}</a>
        {demarche.situations.map((s) => (
          <a key={s} class="chip" {...linkProps(paths.situation({ situation: s }))}>
            {situationLabels[s]}
          </a>
        ))}
      </p>
      <p class="lead">{demarche.summary}</p>
      <dl class="facts">
        <dt>Durée habituelle</dt>
        <dd>environ {formatDuration(demarche.durationMinutes)}</dd>
      </dl>
      <p>
        <a class="button button--primary" href={demarche.officialUrl} target="_blank" rel="noopener noreferrer">
          Ouvrir la page officielle<span class="visually-hidden"> (nouvel onglet)</span> ↗
        </a>
      </p>
      {children}
      {demarche.prerequisites.length > 0 && (
        <section aria-labelledby="demarche-prerequisites">
          <h2 id="demarche-prerequisites">Avant de commencer</h2>
          <ul>
            {demarche.prerequisites.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="demarche-steps">
        <h2 id="demarche-steps">Les étapes</h2>
        <ol class="steps">
          {demarche.steps.map((step) => (
            <li key={step.id}>{step.label}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="demarche-documents">
        <h2 id="demarche-documents">Pièces justificatives</h2>
        {demarche.documents.length > 0 ? (
          <ul>
            {demarche.documents.map((document) => (
              <li key={document.id}>{document.label}</li>
            ))}
          </ul>
        ) : (
          <p>Aucune pièce à préparer.</p>
        )}
      </section>
      {partner && <PartnerCard partner={partner} />}
      <LocalNotesSection demarcheId={demarche.id} />
      <p class="checked-on">
        {demarche.checkedOn
          ? `Informations vérifiées le ${formatDay(demarche.checkedOn)}.`
          : 'Informations à vérifier : personne ne les a encore comparées aux pages officielles.'}
      </p>
    </Page>
  );
}
