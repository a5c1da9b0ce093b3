// The « Déclaration d’accessibilité » that the RGAA 4.1 asks of a public service: the state of conformity,
// what the tests check, what is known not to be accessible, and how to report a problem or appeal.
// Written from what the browser tests verify (tests/e2e/accessibility.test.ts, reflow.test.ts): claim
// nothing more here than they do.
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';

/** The day this statement was last written against the tests. */
export const STATEMENT_DATE = '4 décembre 2026';

/** The statement; `back` is where « Retour » leads (the login screen before a session, Réglages after). */
export function AccessibilityStatement({ back }: { back: { label: string; path: string } }) {
  return (
    <Page title="Déclaration d’accessibilité">
      <p>
        <a {...linkProps(back.path)}>{back.label}</a>
      </p>
      <p>
        La structure qui vous fournit Déclic s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n°
        2005-102 du 11 février 2005. Cette déclaration s’applique à l’application Déclic, version {__APP_VERSION__}.
      </p>

      <h2>État de conformité</h2>
      <p>
        Déclic est <strong>non conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : aucun audit
        de conformité n’a encore été réalisé. Les tests décrits ci-dessous sont automatiques ; ils ne remplacent pas un audit.
      </p>

      <h2>Résultats des tests</h2>
      <p>À chaque version, les tests de Déclic vérifient dans le navigateur Chromium :</p>
      <ul>
        <li>
          qu’axe-core ne trouve aucune anomalie grave ou critique sur chaque section, sur tablette (768 et 1 280 pixels de large) et à 320
          pixels de large ;
        </li>
        <li>
          qu’aucune page ne défile de côté à 320, 390 et 640 pixels de large, comme sur un téléphone ou avec un zoom à 200 % et 400 % ;
        </li>
        <li>qu’avec un espacement du texte agrandi (interlignage, lettres, mots, paragraphes), aucun texte n’est coupé ;</li>
        <li>que les boutons et les liens de navigation mesurent au moins 44 pixels de côté ;</li>
        <li>que chaque page a une bannière, une navigation et un contenu principal repérables ;</li>
        <li>
          que les cinq tâches quotidiennes se font au clavier seul (créer un dossier, remplir un diagnostic, commencer une démarche et
          cocher ses étapes, noter un accompagnement, imprimer la fiche des pièces), avec le focus visible et un nom sur chaque contrôle, et
          le titre de la page qui reçoit le focus après chaque changement de page ;
        </li>
        <li>que l’état de la synchronisation est annoncé aux lecteurs d’écran quand il change.</li>
      </ul>

      <h2>Contenus non accessibles</h2>
      <p>Ces points ne sont pas encore vérifiés, ou pas encore conformes :</p>
      <ul>
        <li>les parcours au lecteur d’écran n’ont été vérifiés que par leurs noms et rôles, pas avec un lecteur d’écran réel ;</li>
        <li>
          les résumés des cartes (démarches, partenaires) sont coupés à deux lignes : le texte entier est sur la page qu’elles ouvrent ;
        </li>
        <li>sur un écran très étroit, les mots longs de la barre de navigation peuvent passer à la ligne au milieu du mot ;</li>
        <li>les fiches à imprimer (pièces à fournir, mandat) sont pensées pour le papier.</li>
      </ul>

      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le {STATEMENT_DATE}.</p>
      <ul>
        <li>Technologies utilisées : HTML, CSS, JavaScript, WAI-ARIA.</li>
        <li>Environnement de test : Chromium sous Debian, avec axe-core.</li>
        <li>
          Pages vérifiées : Bénéficiaires, Démarches, Guides, Partenaires, Activité, Réglages, un nouveau dossier, un dossier et son
          diagnostic, une démarche, un guide, les statistiques, l’écran de connexion.
        </li>
      </ul>

      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à utiliser une page ou un service de Déclic, signalez-le au coordinateur de votre structure. Il vous orientera
        vers une autre façon d’obtenir le contenu ou le service, et fera corriger le défaut.
      </p>

      <Appeal />
    </Page>
  );
}

/** Where to turn when a reported defect was not answered: the Défenseur des droits. */
function Appeal() {
  return (
    <>
      <h2>Voies de recours</h2>
      <p>
        Si vous avez signalé un défaut d’accessibilité qui vous empêche d’utiliser un contenu ou un service, et que vous n’avez pas obtenu
        de réponse satisfaisante, vous pouvez :
      </p>
      <ul>
        <li>
          écrire un message au Défenseur des droits, avec le formulaire en ligne :{' '}
          <a href="https://formulaire.defenseurdesdroits.fr/" rel="noreferrer">
            formulaire.defenseurdesdroits.fr
          </a>{' '}
          ;
        </li>
        <li>
          contacter le délégué du Défenseur des droits de votre région :{' '}
          <a href="https://www.defenseurdesdroits.fr/saisir/delegues" rel="noreferrer">
            defenseurdesdroits.fr/saisir/delegues
          </a>{' '}
          ;
        </li>
        <li>envoyer un courrier par la poste, gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
      </ul>
    </>
  );
}
