// The app context: how views reach the services, and hooks that follow the session and the sync status.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { VaultState, Vault } from '../security/vault';
import type { SyncStatus, SyncStatusStore } from '../sync/sync-status';
import type { AppServices } from './app-services';
import type { SessionStore, SessionView } from './session-store';

/** Provided once by main.tsx. */
export const AppContext = createContext<AppServices | null>(null);

/** The app's services; throws when a view is rendered outside the provider (a bug, not a user error). */
export function useAppServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('AppContext manquant : rendez la vue dans <AppContext.Provider>.');
  return services;
}

/** The sync status, re-rendering on each change. */
export function useSyncStatus(store: SyncStatusStore): SyncStatus {
  return useObservable(store);
}

/** The session, re-rendering on each change. */
export function useSessionView(store: SessionStore): SessionView {
  return useObservable(store);
}

/** The lock state, re-rendering on each change. */
export function useVaultState(vault: Vault): VaultState {
  return useObservable(vault);
}

function useObservable<T>(store: { get(): T; subscribe(listener: (value: T) => void): () => void }): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
