// One saved diagnostic, read-only and printable: every answer in the words the wizard asked it, the
// démarches by their catalogue title (or as the aidant wrote them), the level and the orientation.
import type { ComponentChildren } from 'preact';
import { skillAverage } from '../../../shared/diagnostic/autonomy';
import { skillDomains } from '../../../shared/schema/diagnostic';
import type { Diagnostic } from '../../db/diagnostics-repository';
import { formatDay } from '../../catalogue/format';
import { linkProps } from '../../ui/router';
import { demarcheLabel } from '../../catalogue/labels';
import { useCatalogue } from '../../catalogue/content-store';
import {
  accountLabels,
  autonomyLabels,
  barrierLabels,
  connectionLabels,
  contactLabels,
  domainLabels,
  equipmentLabels,
  levelLabels,
  orientationLabels,
} from '../../labels/diagnostic';
import { paths } from '../../routes/paths';

const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');

/** A list of answers; `none` when there is none. */
function Answers({ items, none }: { items: string[]; none: string }) {
  if (items.length === 0) return <>{none}</>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul class="answer-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A titled section holding a definition list of question → answer. */
function Block({ id, title, rows }: { id: string; title: string; rows: [string, ComponentChildren][] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl class="facts">
        {rows.map(([question, answer]) => (
          <div key={question} class="facts__row">
            <dt>{question}</dt>
            <dd>{answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Skills({ diagnostic }: { diagnostic: Diagnostic }) {
  const average = skillAverage(diagnostic).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="diag-skills">
      <h2 id="diag-skills">Compétences</h2>
      <table class="progress-table">
        <caption>Ce que la personne faisait ce jour-là, domaine par domaine (moyenne : {average} sur 3)</caption>
        <thead>
          <tr>
            <th scope="col">Domaine</th>
            <th scope="col">Réponse</th>
          </tr>
        </thead>
        <tbody>
          {skillDomains.map((domain) => (
            <tr key={domain}>
              <th scope="row">
                {domainLabels[domain].title} <span class="check__detail">({domainLabels[domain].example})</span>
              </th>
              <td data-label="Réponse">{levelLabels[diagnostic.skills[domain]]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Result({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const orientation = (o: Diagnostic['orientation']) => `${orientationLabels[o].title} : ${orientationLabels[o].detail}`;
  return (
    <Block
      id="diag-result"
      title="Résultat"
      rows={[
        ['Niveau d’autonomie', <strong key="level">{autonomyLabels[d.autonomyLevel]}</strong>],
        ['Orientation choisie', orientation(d.orientation)],
        ['Orientation proposée', d.proposedOrientation === d.orientation ? 'La même' : orientation(d.proposedOrientation)],
      ]}
    />
  );
}

/** The page's content (its title, set by the page, names the person and the day). */
export function DiagnosticReport({ diagnostic: d, personId }: { diagnostic: Diagnostic; personId: string }) {
  const catalogue = useCatalogue();
  return (
    <div class="diagnostic-report">
      <p class="no-print back-link">
        <a {...linkProps(paths.file({ id: personId }))}>← Retour au dossier</a>
      </p>
      <p class="no-print">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          Imprimer le diagnostic
        </button>
      </p>
      <p>Diagnostic fait le {formatDay(d.date)}.</p>
      <Result diagnostic={d} />
      <Block
        id="diag-equipment"
        title="Équipement et connexion"
        rows={[
          ['Appareils', <Answers key="a" items={d.equipment.map((e) => equipmentLabels[e])} none="Aucun appareil" />],
          ['Connexion à internet à la maison', connectionLabels[d.homeConnection]],
        ]}
      />
      <Block
        id="diag-accounts"
        title="Ce que la personne a déjà"
        rows={[
          [contactLabels.hasEmail, yesNo(d.hasEmail)],
          [contactLabels.hasSmsPhone, yesNo(d.hasSmsPhone)],
          [
            'Comptes qui permettent FranceConnect',
            <Answers key="a" items={d.franceConnectAccounts.map((a) => accountLabels[a])} none="Aucun" />,
          ],
        ]}
      />
      <Skills diagnostic={d} />
      <Block
        id="diag-needs"
        title="Freins et besoins"
        rows={[
          [
            'Ce qui gêne la personne, en dehors du numérique',
            <Answers key="a" items={d.barriers.map((b) => barrierLabels[b])} none="Aucun frein" />,
          ],
          [
            'Démarches nécessaires',
            <Answers key="a" items={d.demarchesNeeded.map((entry) => demarcheLabel(entry, catalogue))} none="Aucune démarche notée" />,
          ],
        ]}
      />
    </div>
  );
}
