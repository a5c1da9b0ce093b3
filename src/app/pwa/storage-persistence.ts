// Asks the browser to keep Déclic's storage (so that clearing space never deletes unsent work).

/** "persisted", "refused" or "unsupported", after asking once when not yet persisted. */
export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

/** Asks for persistent storage and tells what the browser decided. */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<PersistenceState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}
