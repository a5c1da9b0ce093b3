// The questionnaire's screens of simple choices: equipment and connection, accounts, barriers, skills.
import {
  barrierOptions,
  connectionOptions,
  equipmentOptions,
  franceConnectAccounts,
  skillDomains,
} from '../../../shared/schema/diagnostic';
import { Checkbox, Choices, Radio } from '../../forms/form-fields';
import {
  accountLabels,
  barrierLabels,
  connectionLabels,
  contactLabels,
  domainLabels,
  equipmentLabels,
  levelLabels,
} from '../../labels/diagnostic';
import { toggle, type WizardDraft } from './wizard-state';

type Answers = WizardDraft['answers'];

/** What every screen receives: the answers so far and a way to change them. */
export interface StepProps {
  answers: Answers;
  onChange: (change: Partial<Answers>) => void;
}

/** Équipement et connexion. "Aucun appareil" excludes the others. */
export function EquipmentStep({ answers, onChange }: StepProps) {
  const setDevice = (device: (typeof equipmentOptions)[number], on: boolean) => {
    const without = device === 'aucun' ? [] : answers.equipment.filter((d) => d !== 'aucun');
    onChange({ equipment: toggle(on ? without : answers.equipment, device, on) });
  };
  return (
    <>
      <Choices legend="Quels appareils la personne a-t-elle ?">
        {equipmentOptions.map((device) => (
          <Checkbox
            key={device}
            id={`d-equipment-${device}`}
            label={equipmentLabels[device]}
            checked={answers.equipment.includes(device)}
            onChange={(on) => setDevice(device, on)}
          />
        ))}
      </Choices>
      <Choices legend="Quelle connexion à internet a-t-elle chez elle ?">
        {connectionOptions.map((option) => (
          <Radio
            key={option}
            name="d-connection"
            value={option}
            label={connectionLabels[option]}
            checked={answers.homeConnection === option}
            onSelect={() => onChange({ homeConnection: option })}
          />
        ))}
      </Choices>
    </>
  );
}

/** Comptes déjà ouverts. */
export function AccountsStep({ answers, onChange }: StepProps) {
  return (
    <>
      <Choices legend="Ce que la personne a déjà">
        <Checkbox
          id="d-hasEmail"
          label={contactLabels.hasEmail}
          checked={answers.hasEmail}
          onChange={(hasEmail) => onChange({ hasEmail })}
        />
        <Checkbox
          id="d-hasSmsPhone"
          label={contactLabels.hasSmsPhone}
          checked={answers.hasSmsPhone}
          onChange={(hasSmsPhone) => onChange({ hasSmsPhone })}
        />
      </Choices>
      <Choices legend="Comptes qui permettent FranceConnect" hint="Cochez ceux que la personne a déjà ouverts." id="d-accounts">
        {franceConnectAccounts.map((account) => (
          <Checkbox
            key={account}
            id={`d-account-${account}`}
            label={accountLabels[account]}
            checked={answers.franceConnectAccounts.includes(account)}
            onChange={(on) => onChange({ franceConnectAccounts: toggle(answers.franceConnectAccounts, account, on) })}
          />
        ))}
      </Choices>
    </>
  );
}

/** Compétences: the five domains, each on the 0–3 scale. `missing` lists the domains left unrated after "Suivant". */
export function SkillsStep({ answers, onChange, missing }: StepProps & { missing: readonly string[] }) {
  return (
    <>
      <p class="hint">Pour chaque domaine, ce que la personne fait aujourd’hui.</p>
      {skillDomains.map((domain) => {
        const error = missing.includes(domain);
        return (
          <fieldset
            key={domain}
            id={`d-skill-${domain}`}
            class={`choices${error ? ' field--error' : ''}`}
            aria-describedby={error ? `d-skill-${domain}-error` : undefined}
            tabIndex={-1}
          >
            <legend>
              {domainLabels[domain].title} <span class="check__detail">({domainLabels[domain].example})</span>
            </legend>
            {error && (
              <p class="field__error" id={`d-skill-${domain}-error`}>
                Choisissez une réponse pour ce domaine.
              </p>
            )}
            <div class="scale">
              {levelLabels.map((label, level) => (
                <Radio
                  key={level}
                  name={`d-skill-${domain}`}
                  value={String(level)}
                  label={label}
                  checked={answers.skills[domain] === level}
                  onSelect={() => onChange({ skills: { ...answers.skills, [domain]: level } })}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

/** Freins non numériques. */
export function BarriersStep({ answers, onChange }: StepProps) {
  return (
    <Choices legend="Ce qui gêne la personne, en dehors du numérique" hint="Ne cochez rien s’il n’y a aucun de ces freins." id="d-barriers">
      {barrierOptions.map((barrier) => (
        <Checkbox
          key={barrier}
          id={`d-barrier-${barrier}`}
          label={barrierLabels[barrier]}
          checked={answers.barriers.includes(barrier)}
          onChange={(on) => onChange({ barriers: toggle(answers.barriers, barrier, on) })}
        />
      ))}
    </Choices>
  );
}
