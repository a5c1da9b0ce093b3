// What every admin page shares: who calls (the device's token, the endpoint), the role of the structure worked
// for, and an online load with its plain French failure.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Role } from '../../../shared/schema/auth';
import { useAppServices } from '../../session/app-context';
import { useAccount } from '../../session/use-account';
import { AdminUnavailable, type AdminCaller } from '../../sync/admin-client';

/** The caller of the admin routes, and their role in the structure worked for (null before a login). */
export function useAdminCaller(): { caller: AdminCaller; role: Role } | null {
  const { transport } = useAppServices();
  const account = useAccount();
  if (!account) return null;
  return { caller: { transport, token: account.token }, role: account.role };
}

/** A load from the endpoint: loading, failed with a message, or its data; `reload` asks again. */
export type Loaded<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: T };

/** The message of a failed admin call, for the aidant. */
export function failureText(error: unknown): string {
  return error instanceof AdminUnavailable ? error.message : 'L’opération n’a pas abouti. Réessayez dans un moment.';
}

/** Runs `load` at first render and on `reload()`. */
export function useAdminLoad<T>(load: () => Promise<T>, deps: unknown[]): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let alive = true;
    load().then(
      (data) => alive && setState({ status: 'ready', data }),
      (error: unknown) => alive && setState({ status: 'failed', message: failureText(error) }),
    );
    return () => {
      alive = false;
    };
    // `deps` are the load's own inputs.
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, reload };
}

/** Runs one admin action: busy meanwhile, its failure kept in French. */
export function useAdminAction(): { busy: boolean; error: string | null; run: (action: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failureText(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
