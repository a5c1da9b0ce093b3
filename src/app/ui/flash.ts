// What a page leaves for the next one, in memory only: a one-time confirmation ("Accompagnement
// enregistré.", "Le dossier de … a été effacé."), and the page a person's form was opened from, to go
// back there once it is saved.
import { useState } from 'preact/hooks';

let message: string | null = null;
let opener: { path: string; beneficiaryId: string } | null = null;

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

/** The message left for this page, taken when the page first renders and kept while it stays. */
export function useFlash(): string | null {
  const [flash] = useState(takeFlash);
  return flash;
}

/** Remembers the page a person's form was opened from (their file, say), to go back there once saved. */
export function rememberReturn(path: string, beneficiaryId: string): void {
  opener = { path, beneficiaryId };
}

/** The page a form about `beneficiaryId` was opened from, or `fallback`, without forgetting it. */
export function returnPath(beneficiaryId: string, fallback: string): string {
  return opener?.beneficiaryId === beneficiaryId ? opener.path : fallback;
}

/** The page to go back to after a form about `beneficiaryId`, or `fallback` (once). */
export function takeReturn(beneficiaryId: string, fallback: string): string {
  const path = opener?.beneficiaryId === beneficiaryId ? opener.path : fallback;
  opener = null;
  return path;
}
