// /guides/se-former/<moduleId>: a module screen by screen, then its check. The screen shown lives in
// this view only; passing the check records the module finished for the signed-in aidant.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ContentPack } from '../../../../shared/schema/content';
import { moduleScreens, type TrainingModule } from '../../../../shared/schema/training';
import { localDate } from '../../../../shared/stats/period';
import { formatDay } from '../../../catalogue/format';
import { myFinishedModules, recordModuleFinished } from '../../../db/training-progress-repository';
import { paths } from '../../../routes/paths';
import { useAppServices } from '../../../session/app-context';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { useDbQuery } from '../../../ui/use-db-query';
import { TrainingCheck } from './TrainingCheck';
import { TrainingScreenView } from './TrainingScreenView';

/** The module `moduleId` of `pack`, or the page saying the tablet does not hold it. */
export function TrainingModulePage({ moduleId, pack }: { moduleId: string; pack: ContentPack }) {
  const module = pack.trainingModules?.find((m) => m.id === moduleId);
  return module ? <TrainingModuleView key={module.id} module={module} /> : <TrainingModuleNotFound />;
}

function TrainingModuleNotFound() {
  return (
    <Page title="Module introuvable">
      <p>Ce module n’est pas (ou plus) sur cette tablette.</p>
      <p class="back-link">
        <a {...linkProps(paths.training())}>← Tous les modules</a>
      </p>
    </Page>
  );
}

function TrainingModuleView({ module }: { module: TrainingModule }) {
  const { db } = useAppServices();
  const screens = useMemo(() => moduleScreens(module.body), [module.body]);
  // 0…screens.length - 1: a screen; screens.length: the check.
  const [step, setStep] = useState(0);
  const finished = useDbQuery((d) => myFinishedModules(d), []);
  const finishedOn = finished.data?.get(module.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // After « Suivant » or « Précédent », reading starts at the new screen's title.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);
  const onCheck = step === screens.length;
  const screen = screens[step];
  return (
    <div class="guide">
      <Page title={module.title}>
        <p class="back-link">
          <a {...linkProps(paths.training())}>← Tous les modules</a>
        </p>
        {finishedOn && <p class="notice--ok">Vous avez terminé ce module le {formatDay(finishedOn)}.</p>}
        <p class="hint">{onCheck ? 'Les trois questions' : `Écran ${step + 1} sur ${screens.length}`}</p>
        <h2 ref={heading} tabIndex={-1}>
          {onCheck || !screen ? 'Vérifier ce que vous avez retenu' : screen.title}
        </h2>
        {onCheck || !screen ? (
          <TrainingCheck
            module={module}
            finishedOn={finishedOn}
            onPassed={async () => void (await recordModuleFinished(db, module.id, localDate(db.now())))}
          />
        ) : (
          <TrainingScreenView key={step} screen={screen} />
        )}
        <nav class="form__actions" aria-label="Écrans du module">
          {step > 0 && (
            <button type="button" class="button" onClick={() => setStep(step - 1)}>
              ← Écran précédent
            </button>
          )}
          {!onCheck && (
            <button type="button" class="button button--primary" onClick={() => setStep(step + 1)}>
              {step === screens.length - 1 ? 'Passer aux questions →' : 'Écran suivant →'}
            </button>
          )}
        </nav>
        <p class="checked-on">{checkedLine(module)}</p>
      </Page>
    </div>
  );
}

// A module on the aidant's posture rests on no official page: it says so rather than « à vérifier ».
function checkedLine(module: TrainingModule): string {
  if (module.checkedOn) return `Informations vérifiées le ${formatDay(module.checkedOn)}.`;
  if (module.sources.length > 0) return 'Informations à vérifier : personne ne les a encore comparées aux pages officielles.';
  return 'Ce module parle de la pratique de l’accompagnement : il ne cite pas de règle officielle.';
}
