// Réglages, the account and the lock: who is connected, "Se déconnecter", the idle delay, "Verrouiller maintenant",
// the PIN of the session and a change of passphrase.
import { useAppServices, useSessionView } from '../../session/app-context';
import { LogoutSection } from './LogoutSection';
import { LockDelaySetting } from './LockDelaySetting';
import { PassphraseChange } from './PassphraseChange';
import { PinSetting } from './PinSetting';

/** The account and lock part of Réglages (its own chunk: not needed before the aidant opens Réglages). */
export function SecuritySettings() {
  const view = useSessionView(useAppServices().session);
  const session = view.kind === 'none' ? null : view.session;
  return (
    <>
      <h2>Compte</h2>
      {session && (
        <dl class="facts">
          <dt>Connecté·e</dt>
          <dd>
            {session.aidant.name} ({session.aidant.email})
          </dd>
          <dt>Structure</dt>
          <dd>{session.structure.name}</dd>
          <dt>Appareil</dt>
          <dd>{session.deviceName}</dd>
        </dl>
      )}
      <LogoutSection />
      <h2>Verrouillage</h2>
      <LockDelaySetting />
      <PinSetting />
      <PassphraseChange />
    </>
  );
}
