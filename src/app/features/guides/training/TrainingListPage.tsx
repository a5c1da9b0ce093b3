// /guides/se-former: the aidants' training modules in order, each with the day this aidant finished it.
import type { TrainingModule } from '../../../../shared/schema/training';
import type { ReadyContent } from '../../../catalogue/content-store';
import { formatDay } from '../../../catalogue/format';
import { myFinishedModules } from '../../../db/training-progress-repository';
import { paths } from '../../../routes/paths';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { useDbQuery } from '../../../ui/use-db-query';

/** The modules of `content`, in their order, then by title. */
export function orderedModules(modules: readonly TrainingModule[] | undefined): TrainingModule[] {
  return [...(modules ?? [])].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'fr'));
}

/** The list of modules with this aidant's progress. */
export function TrainingListPage({ content }: { content: ReadyContent }) {
  const modules = orderedModules(content.pack.trainingModules);
  const finished = useDbQuery((db) => myFinishedModules(db), []);
  const done = modules.filter((m) => finished.data?.has(m.id)).length;
  return (
    <Page title="Se former">
      <p class="back-link">
        <a {...linkProps(paths.guides())}>← Tous les guides</a>
      </p>
      <p class="lead">
        Des modules courts pour vous, aidant : la posture, le cadre, les pièges des démarches. Quelques écrans, puis trois questions.
      </p>
      <p>
        <a {...linkProps(paths.workshops())}>
          Calendrier des ateliers : les jeudis de l’inclusion numérique et les ateliers pour le public
        </a>
      </p>
      {modules.length === 0 ? (
        <p>Aucun module sur cette tablette pour l’instant. Ils arriveront avec la prochaine mise à jour du contenu.</p>
      ) : (
        <>
          <p role="status">
            {done === 0
              ? 'Aucun module terminé pour l’instant.'
              : `${done} module${done > 1 ? 's' : ''} terminé${done > 1 ? 's' : ''} sur ${modules.length}.`}
          </p>
          <ul class="card-list">
            {modules.map((module) => (
              <li key={module.id}>
                <ModuleCard module={module} finishedOn={finished.data?.get(module.id)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function ModuleCard({ module, finishedOn }: { module: TrainingModule; finishedOn: string | undefined }) {
  return (
    <a class="card" {...linkProps(paths.trainingModule({ moduleId: module.id }))}>
      <span class="card__title">
        {module.title}
        {finishedOn && <span class="badge badge--done">Terminé le {formatDay(finishedOn)}</span>}
      </span>
      <span class="card__text">{module.summary}</span>
    </a>
  );
}
