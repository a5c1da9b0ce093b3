// Where the sync state is shown in the header.

/** The sync state, in words. */
export function SyncStatusArea() {
  return (
    <span class="sync-status" role="status" aria-live="polite">
      Pas encore synchronisé
    </span>
  );
}
