// A one-time message for the next page of the section ("Le dossier de … a été effacé."), in memory only.
let message: string | null = null;

/** Leaves a message for the next page. */
export function setFlash(text: string): void {
  message = text;
}

/** The message left for this page (once), or null. */
export function takeFlash(): string | null {
  const taken = message;
  message = null;
  return taken;
}
