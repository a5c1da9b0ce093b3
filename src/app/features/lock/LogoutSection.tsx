// "Se déconnecter": a last sync, then the device wiped. Unsent changes stop it until the aidant ticks
// "Je comprends que N modifications seront perdues".
import { useEffect, useState } from 'preact/hooks';
import { frenchCount } from '../../../shared/french-count';
import { useAppServices } from '../../session/app-context';
import { logOut, unsentChangesText } from '../../session/logout';
import { ConfirmAction } from '../../ui/ConfirmAction';

type Step =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'unsent'; pending: number; refused: number; reason: string; accepted: boolean }
  /** Everything was sent after a refused attempt: the logout can go ahead safely. */
  | { kind: 'sent' }
  | { kind: 'failed' };

const SYNC_FIRST_HINT =
  'Avant de partir, Déclic envoie vos modifications, puis efface toutes les données de cette tablette. Ce qui est synchronisé reste en sécurité sur le serveur.';

/** Leaves the app in a fresh page (nothing of the session stays in memory). */
export function reloadAfterLogout(): void {
  window.location.replace('/');
}

/** The logout button and, when changes could not be sent, the explicit confirmation of their loss. */
export function LogoutSection({
  label = 'Se déconnecter',
  hint = SYNC_FIRST_HINT,
  onDone = reloadAfterLogout,
}: {
  label?: string;
  /** Said above the button (nothing when the page explains already). */
  hint?: string | null;
  onDone?: (() => void) | undefined;
}) {
  const services = useAppServices();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  // The warning follows the automatic sync: what it sends meanwhile is no longer at risk.
  useEffect(
    () =>
      services.syncStatus.subscribe(({ pending }) =>
        setStep((s) => {
          // The refused changes stay: a sync does not send them.
          const left = s.kind === 'unsent' ? pending + s.refused : 0;
          if (s.kind !== 'unsent' || left >= s.pending) return s;
          return left === 0 ? { kind: 'sent' } : { ...s, pending: left, accepted: false };
        }),
      ),
    [services.syncStatus],
  );
  const run = async (acceptLoss?: number) => {
    setStep({ kind: 'working' });
    try {
      const outcome = await logOut(services, { acceptLoss });
      if (outcome.kind === 'done') return onDone();
      setStep({ kind: 'unsent', pending: outcome.pending, refused: outcome.refused, reason: outcome.reason, accepted: false });
    } catch (error) {
      console.error('Déconnexion impossible', error);
      setStep({ kind: 'failed' });
    }
  };
  return (
    <div class="logout">
      {hint && <p class="hint">{hint}</p>}
      {step.kind === 'unsent' ? (
        <UnsentWarning
          step={step}
          onAccept={(accepted) => setStep({ ...step, accepted })}
          onLogout={(acceptLoss) => void run(acceptLoss)}
        />
      ) : (
        <ConfirmAction
          class="button button--danger-quiet"
          disabled={step.kind === 'working'}
          question="Se déconnecter ? Les données de cette tablette seront effacées, après l’envoi de vos modifications."
          confirmLabel="Oui, se déconnecter"
          onConfirm={() => void run()}
        >
          {label}
        </ConfirmAction>
      )}
      {step.kind === 'working' && <p class="hint">Envoi des modifications, puis effacement…</p>}
      {step.kind === 'sent' && (
        <p class="notice notice--ok" role="status">
          Tout est maintenant envoyé : vous pouvez vous déconnecter sans rien perdre.
        </p>
      )}
      {step.kind === 'failed' && (
        <p class="login__error" role="alert">
          La déconnexion n’a pas abouti. Réessayez ; si cela continue, fermez les autres onglets de Déclic.
        </p>
      )}
    </div>
  );
}

interface UnsentWarningProps {
  step: Extract<Step, { kind: 'unsent' }>;
  onAccept: (accepted: boolean) => void;
  /** Logs out; `acceptLoss` (the count the aidant accepted to lose) lets it go ahead without sending. */
  onLogout: (acceptLoss?: number) => void;
}

/** What could not be sent, the box that accepts losing it, and the two ways on. */
function UnsentWarning({ step, onAccept, onLogout }: UnsentWarningProps) {
  return (
    <div class="notice-warning" role="alert">
      <p>
        <strong>{unsentChangesText(step.pending)}.</strong> {step.reason}
      </p>
      <p class="check">
        <input id="logout-accept" type="checkbox" checked={step.accepted} onChange={(e) => onAccept(e.currentTarget.checked)} />
        <label for="logout-accept">
          Je comprends que {step.pending === 1 ? '1 modification sera perdue' : `${frenchCount(step.pending)} modifications seront perdues`}
        </label>
      </p>
      <div class="form-actions">
        <button type="button" class="button button--danger" disabled={!step.accepted} onClick={() => onLogout(step.pending)}>
          Se déconnecter quand même
        </button>
        <button type="button" class="button" onClick={() => onLogout()}>
          Réessayer d’envoyer, puis se déconnecter
        </button>
      </div>
    </div>
  );
}
