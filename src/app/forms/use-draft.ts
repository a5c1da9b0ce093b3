// A form's draft on the device: restored when the form reopens, saved while typing (debounced), when the
// tablet hides the app (sleep, another app) and when the form closes; cleared on save or "Abandonner".
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../db/drafts-repository';
import { useAppServices } from '../session/app-context';

/** Wait after the last keystroke before saving the draft. */
export const DRAFT_DEBOUNCE_MS = 400;

export interface DraftState<T> {
  /** False until the stored draft (if any) was read: show the form only then. */
  ready: boolean;
  value: T;
  /** When a draft was found and restored, the time it was saved. */
  restoredFrom: number | null;
  set(next: T): void;
  /** Forgets the draft (after saving the form, or when the aidant abandons it). */
  clear(): Promise<void>;
}

/** The draft `key` of a form whose empty (or current) values are `initial`. */
export function useDraft<T>(key: string, initial: T): DraftState<T> {
  const { db } = useAppServices();
  const [state, setState] = useState<{ ready: boolean; value: T; restoredFrom: number | null }>({
    ready: false,
    value: initial,
    restoredFrom: null,
  });
  const pending = useRef<{ value: T; dirty: boolean; timer: ReturnType<typeof setTimeout> | null }>({
    value: initial,
    dirty: false,
    timer: null,
  });

  const flush = useCallback(() => {
    const p = pending.current;
    if (p.timer !== null) clearTimeout(p.timer);
    p.timer = null;
    if (!p.dirty) return;
    p.dirty = false;
    void saveDraft(db, key, p.value).catch((error: unknown) => console.error('Brouillon non enregistré', error));
  }, [db, key]);

  useEffect(() => {
    let active = true;
    void loadDraft<T>(db, key).then((draft) => {
      if (!active) return;
      // Typed before the stored draft was read (a field shown at once): what was just typed wins.
      if (pending.current.dirty) return setState((s) => ({ ...s, ready: true }));
      if (draft) pending.current.value = draft.value;
      setState({ ready: true, value: draft ? draft.value : initial, restoredFrom: draft ? draft.savedAt : null });
    });
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [db, key, flush]);

  const set = useCallback(
    (next: T) => {
      const p = pending.current;
      p.value = next;
      p.dirty = true;
      if (p.timer !== null) clearTimeout(p.timer);
      p.timer = setTimeout(flush, DRAFT_DEBOUNCE_MS);
      setState((s) => ({ ...s, value: next }));
    },
    [flush],
  );

  const clear = useCallback(async () => {
    const p = pending.current;
    if (p.timer !== null) clearTimeout(p.timer);
    p.timer = null;
    p.dirty = false;
    await clearDraft(db, key);
  }, [db, key]);

  return { ...state, set, clear };
}
