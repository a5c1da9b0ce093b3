// Réglages: after how many idle minutes the screen locks, and "Verrouiller maintenant".
import { useState } from 'preact/hooks';
import { saveSettings } from '../../db/settings-repository';
import { useAppServices } from '../../session/app-context';

/** The delays offered (minutes). */
export const LOCK_DELAYS = [1, 2, 5, 10, 15, 30] as const;

/** The idle delay (saved on the device, applied at once). */
export function LockDelaySetting() {
  const { db, inactivity, vault } = useAppServices();
  const [minutes, setMinutes] = useState(inactivity.delayMinutes);
  const [saved, setSaved] = useState<string | null>(null);
  const change = async (value: number) => {
    setMinutes(value);
    setSaved(null);
    await saveSettings(db, { lockAfterMinutes: value });
    inactivity.setDelay(value);
    setSaved('Enregistré.');
  };
  return (
    <div class="field">
      <label for="lock-delay">Verrouiller l’écran après</label>
      <select
        id="lock-delay"
        class="field__input"
        value={String(minutes)}
        aria-describedby="lock-delay-hint"
        onChange={(e) => void change(Number(e.currentTarget.value))}
      >
        {LOCK_DELAYS.map((delay) => (
          <option key={delay} value={String(delay)}>
            {delay} minute{delay > 1 ? 's' : ''} sans activité{delay === 5 ? ' (conseillé)' : ''}
          </option>
        ))}
      </select>
      <p id="lock-delay-hint" class="hint">
        Une fois verrouillé, Déclic n’affiche plus rien des dossiers : votre code ou votre phrase secrète le rouvre.{' '}
        <span role="status">{saved}</span>
      </p>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => void vault.lock()}>
          Verrouiller maintenant
        </button>
      </div>
    </div>
  );
}
