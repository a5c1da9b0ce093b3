// The guided diagnostic: one screen per block, back and forward without losing anything (the answers
// live in a draft on the device), then the result and its saving as a new dated diagnostic.
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { autonomyLevel, proposedOrientation } from '../../../shared/diagnostic/autonomy';
import type { DiagnosticAnswers } from '../../../shared/schema/diagnostic';
import { touchLastContact } from '../../db/beneficiaries-repository';
import type { DeclicDatabase } from '../../db/database';
import { createDiagnostic } from '../../db/diagnostics-repository';
import { useAppServices } from '../../session/app-context';
import { isIsoDay, todayIso } from '../../ui/dates';
import { useDraft } from '../../forms/use-draft';
import { AccountsStep, BarriersStep, EquipmentStep, SkillsStep, type StepProps } from './AnswerSteps';
import { DemarchesStep } from './DemarchesStep';
import { ResultStep } from './ResultStep';
import { completeAnswers, emptyWizard, missingSkills, RESULT_STEP, SKILLS_STEP, wizardSteps, type WizardDraft } from './wizard-state';
import { ConfirmAction } from '../../ui/ConfirmAction';

/** The draft key of a person's diagnostic in progress. */
export const diagnosticDraftKey = (personId: string) => `diagnostic:${personId}`;

/** The questionnaire for one person; `onDone` after saving or abandoning. */
export function DiagnosticWizard({ personId, onDone }: { personId: string; onDone: (saved: boolean) => void }) {
  const { db } = useAppServices();
  const today = todayIso(db.now());
  const draft = useDraft<WizardDraft>(diagnosticDraftKey(personId), emptyWizard(today));
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [dateError, setDateError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const state = draft.value;
  const step = Math.min(Math.max(state.step, 0), RESULT_STEP);
  const titleRef = useStepFocus(step);

  if (!draft.ready) return <p aria-busy="true">Chargement…</p>;
  const update = (change: Partial<WizardDraft>) => draft.set({ ...state, ...change });
  const onChange: StepProps['onChange'] = (change) => update({ answers: { ...state.answers, ...change } });

  const next = () => {
    if (step === SKILLS_STEP) {
      const left = missingSkills(state);
      setMissing(left);
      if (left.length > 0) return document.getElementById(`d-skill-${left[0]}-0`)?.focus();
    }
    update({ step: step + 1 });
  };

  const save = async () => {
    const answers = completeAnswers(state);
    if (!answers) return update({ step: SKILLS_STEP });
    if (!isIsoDay(state.date) || state.date > today) {
      setDateError('Indiquez la date du diagnostic : aujourd’hui ou un jour passé.');
      return document.getElementById('d-date')?.focus();
    }
    setSaving(true);
    await saveDiagnostic(db, personId, state, answers);
    await draft.clear();
    onDone(true);
  };

  const abandon = async () => {
    await draft.clear();
    onDone(false);
  };

  const answers = completeAnswers(state);
  return (
    <div class="wizard">
      <StepList step={step} />
      <StepTitle step={step} titleRef={titleRef} restored={draft.restoredFrom !== null && step === state.step} />
      <div class="wizard__body">
        <AnswerStep step={step} answers={state.answers} missing={missing} onChange={onChange} onSkills={() => setMissing([])} />
        {step === RESULT_STEP && answers && (
          <ResultStep
            answers={answers}
            orientation={state.orientation}
            date={state.date}
            dateError={dateError}
            today={today}
            onOrientation={(orientation) => update({ orientation })}
            onDate={(date) => (setDateError(undefined), update({ date }))}
          />
        )}
        {step === RESULT_STEP && !answers && (
          <p class="notice-error">Des compétences ne sont pas renseignées : revenez à l’étape « Compétences ».</p>
        )}
      </div>
      <WizardNav
        step={step}
        canSave={!saving && answers !== null}
        onStep={(to) => update({ step: to })}
        onNext={next}
        onSave={() => void save()}
        onAbandon={() => void abandon()}
      />
    </div>
  );
}

/** Each new screen is announced by moving the focus to its title (not on the first one); the title's ref. */
function useStepFocus(step: number) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) titleRef.current?.focus();
    first.current = false;
  }, [step]);
  return titleRef;
}

/** Writes the diagnostic with the rule's result, and the day as the person's last contact. */
async function saveDiagnostic(db: DeclicDatabase, personId: string, state: WizardDraft, answers: DiagnosticAnswers): Promise<void> {
  const proposed = proposedOrientation(answers);
  await createDiagnostic(db, {
    beneficiaryId: personId,
    date: state.date,
    ...answers,
    autonomyLevel: autonomyLevel(answers),
    proposedOrientation: proposed,
    orientation: state.orientation ?? proposed,
  });
  await touchLastContact(db, personId, state.date);
}

/** « Étape N sur 6 : … », after « Diagnostic en cours retrouvé » when the draft was given back. */
function StepTitle({ step, titleRef, restored }: { step: number; titleRef: Ref<HTMLHeadingElement>; restored: boolean }) {
  return (
    <>
      {restored && (
        <p class="notice-info" role="status">
          Diagnostic en cours retrouvé : vous reprenez là où vous en étiez.
        </p>
      )}
      <h2 ref={titleRef} tabIndex={-1} id="wizard-title">
        Étape {step + 1} sur {wizardSteps.length} : {wizardSteps[step]}
      </h2>
    </>
  );
}

/** The steps, the current one marked. */
function StepList({ step }: { step: number }) {
  return (
    <ol class="wizard__steps" aria-label="Étapes du diagnostic">
      {wizardSteps.map((label, i) => (
        <li key={label} aria-current={i === step ? 'step' : undefined} class={i < step ? 'done' : undefined}>
          {label}
        </li>
      ))}
    </ol>
  );
}

interface WizardNavProps {
  step: number;
  canSave: boolean;
  onStep: (step: number) => void;
  onNext: () => void;
  onSave: () => void;
  onAbandon: () => void;
}

/** « Précédent », « Suivant » (or « Enregistrer » on the result) and « Abandonner le diagnostic », confirmed. */
function WizardNav({ step, canSave, onStep, onNext, onSave, onAbandon }: WizardNavProps) {
  return (
    <div class="form-actions wizard__nav">
      {step > 0 && (
        <button type="button" class="button" onClick={() => onStep(step - 1)}>
          ← Précédent
        </button>
      )}
      {step < RESULT_STEP && (
        <button type="button" class="button button--primary" onClick={onNext}>
          Suivant →
        </button>
      )}
      {step === RESULT_STEP && (
        <button type="button" class="button button--primary" disabled={!canSave} onClick={onSave}>
          Enregistrer le diagnostic
        </button>
      )}
      <ConfirmAction
        class="button button--danger-quiet"
        question="Abandonner le diagnostic ? Les réponses données seront perdues."
        confirmLabel="Oui, abandonner"
        onConfirm={onAbandon}
      >
        Abandonner le diagnostic
      </ConfirmAction>
    </div>
  );
}

interface AnswerStepProps extends StepProps {
  step: number;
  missing: readonly string[];
  /** A skill was rated: the warning about the missing ones goes. */
  onSkills: () => void;
}

/** The questions of one of the steps before the result. */
function AnswerStep({ step, answers, missing, onChange, onSkills }: AnswerStepProps) {
  switch (step) {
    case 0:
      return <EquipmentStep answers={answers} onChange={onChange} />;
    case 1:
      return <AccountsStep answers={answers} onChange={onChange} />;
    case 2:
      return <SkillsStep answers={answers} onChange={(c) => (onSkills(), onChange(c))} missing={missing} />;
    case 3:
      return <BarriersStep answers={answers} onChange={onChange} />;
    case 4:
      return <DemarchesStep answers={answers} onChange={onChange} />;
    default:
      return null;
  }
}
