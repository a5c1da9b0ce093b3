// A part of the app that comes in its own chunk: imported on first use, then kept, so that the pages of a
// section already visited show at once; a failed import (offline, before the precache) is remembered.
import { useEffect, useState } from 'preact/hooks';

/** A lazily imported module. */
export interface Chunk<M = unknown> {
  /** The module once imported. */
  loaded(): M | undefined;
  /** Imports it (once); resolves false when the import failed. */
  load(): Promise<boolean>;
}

/** Declares a chunk: `importer` runs on the first load(). */
export function chunk<M>(importer: () => Promise<M>): Chunk<M> {
  let module: M | undefined;
  let loading: Promise<boolean> | undefined;
  return {
    loaded: () => module,
    load: () =>
      (loading ??= importer().then(
        (imported) => {
          module = imported;
          return true;
        },
        () => false,
      )),
  };
}

/** Where a chunk stands for the view that needs it. */
export type ChunkState<M> = { status: 'ready'; module: M } | { status: 'loading' } | { status: 'failed' };

/**
 * Loads `target` when drawn without it and draws again when it arrives (or fails) — also when it arrived between
 * that drawing and the effect (a chunk preloaded at start, as the lock screens are): load() then resolves at once.
 */
export function useChunk<M>(target: Chunk<M>): ChunkState<M> {
  const [failed, setFailed] = useState<Chunk<M> | null>(null);
  const [, setArrived] = useState(0);
  const module = target.loaded();
  const drawnWithModule = module !== undefined;
  useEffect(() => {
    if (drawnWithModule) return;
    let active = true;
    void target.load().then((ok) => {
      if (!active) return;
      if (ok) setArrived((n) => n + 1);
      else setFailed(target);
    });
    return () => void (active = false);
  }, [target, drawnWithModule]);
  if (module) return { status: 'ready', module };
  return failed === target ? { status: 'failed' } : { status: 'loading' };
}
