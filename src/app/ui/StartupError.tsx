// What the aidant sees instead of a blank page when the app cannot start.

/** A full-page message with a button to try again. */
export function StartupError({ message }: { message: string }) {
  return (
    <main class="startup-error" role="alert">
      <h1>Déclic ne peut pas s’ouvrir</h1>
      <p>{message}</p>
      <button type="button" class="button button--primary" onClick={() => window.location.reload()}>
        Réessayer
      </button>
    </main>
  );
}
