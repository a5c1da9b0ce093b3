// The screens shown instead of the app while it is locked (one chunk, loaded at boot).
import { useState } from 'preact/hooks';
import { useAppServices } from '../../session/app-context';
import type { Vault, VaultState } from '../../security/vault';
import { PassphraseSetup } from './PassphraseSetup';
import { ForgotPassphrase } from './ForgotPassphrase';
import { PassphraseUnlock } from './PassphraseUnlock';
import { PinSetup } from './PinSetup';
import { PinUnlock } from './PinUnlock';

/** The screen for the lock's state: passphrase setup, PIN choice, PIN or passphrase unlock. */
export function LockScreens({ vault, state }: { vault: Vault; state: Exclude<VaultState, { kind: 'unlocked' }> }) {
  const { inactivity } = useAppServices();
  if (state.kind === 'new') return <PassphraseSetup vault={vault} />;
  if (state.kind === 'choose-pin') return <PinSetup vault={vault} lockAfterMinutes={inactivity.delayMinutes} />;
  return <Unlock vault={vault} pin={state.pin} notice={state.notice} />;
}

function Unlock({ vault, pin, notice }: { vault: Vault; pin: boolean; notice: string | null }) {
  const [mode, setMode] = useState<'pin' | 'passphrase' | 'forgot'>('pin');
  if (mode === 'forgot') return <ForgotPassphrase onBack={() => setMode('passphrase')} />;
  if (pin && mode === 'pin') return <PinUnlock vault={vault} onUsePassphrase={() => setMode('passphrase')} />;
  return (
    <PassphraseUnlock vault={vault} notice={notice} onForgot={() => setMode('forgot')} onUsePin={pin ? () => setMode('pin') : undefined} />
  );
}
