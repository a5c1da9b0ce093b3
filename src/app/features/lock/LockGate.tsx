// Shows the app only while it is unlocked: otherwise the app tree is NOT rendered at all (unmounted,
// not covered), and the lock screens take its place. They load in their own chunk.
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useVaultState } from '../../session/app-context';
import type { Vault, VaultState } from '../../security/vault';

type Screens = ComponentType<{ vault: Vault; state: Exclude<VaultState, { kind: 'unlocked' }> }>;
let Screens: Screens | undefined;
let loading: Promise<void> | undefined;
let broken = false;

/** Starts loading the lock screens (at boot: the unlock screen is the first one shown). */
export function preloadLockScreens(): Promise<void> {
  loading ??= import('./LockScreens').then(
    (module) => void (Screens = module.LockScreens),
    () => void (broken = true),
  );
  return loading;
}

/** The app when unlocked; the passphrase, PIN or setup screen otherwise. */
export function LockGate({ vault, children }: { vault: Vault; children: ComponentChildren }) {
  const state = useVaultState(vault);
  const [, setLoaded] = useState(Screens !== undefined);
  useEffect(() => {
    if (!Screens) void preloadLockScreens().then(() => setLoaded(true));
  }, []);
  if (state.kind === 'unlocked') return <>{children}</>;
  if (broken) {
    return (
      <main id="main" class="login">
        <p class="login__error" role="alert">
          L’écran de déverrouillage n’a pas pu être chargé. Rechargez la page.
        </p>
      </main>
    );
  }
  if (!Screens) {
    return (
      <main id="main" class="login" aria-busy="true">
        <p>Chargement…</p>
      </main>
    );
  }
  return <Screens vault={vault} state={state} />;
}
