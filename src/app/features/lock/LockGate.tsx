// Shows the app only while it is unlocked: otherwise the app tree is NOT rendered at all (unmounted,
// not covered), and the lock screens take its place. They load in their own chunk.
import type { ComponentChildren } from 'preact';
import { useVaultState } from '../../session/app-context';
import type { Vault } from '../../security/vault';
import { chunk } from '../../ui/chunk';
import { LazyScreen } from '../../ui/LazyScreen';

const lockScreens = chunk(() => import('./LockScreens'));

/** Starts loading the lock screens (at boot: the unlock screen is the first one shown). */
export function preloadLockScreens(): Promise<boolean> {
  return lockScreens.load();
}

/** The app when unlocked; the passphrase, PIN or setup screen otherwise. */
export function LockGate({ vault, children }: { vault: Vault; children: ComponentChildren }) {
  const state = useVaultState(vault);
  if (state.kind === 'unlocked') return <>{children}</>;
  return (
    <LazyScreen from={lockScreens} failure="L’écran de déverrouillage n’a pas pu être chargé. Rechargez la page.">
      {({ LockScreens }) => <LockScreens vault={vault} state={state} />}
    </LazyScreen>
  );
}
