// What a form carries to the page it returns to: a one-time confirmation, and where to go back.
let pending: string | null = null;

/** Leaves a message for the next page. */
export function setFlash(message: string): void {
  pending = message;
}

/** Takes the message left for this page (once). */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}

let opener: { path: string; beneficiaryId: string } | null = null;

/** Remembers the page a person's form was opened from (their file, say), to go back there once saved. */
export function rememberReturn(path: string, beneficiaryId: string): void {
  opener = { path, beneficiaryId };
}

/** The page to go back to after a form about `beneficiaryId`, or `fallback` (once). */
export function takeReturn(beneficiaryId: string, fallback: string): string {
  const path = opener?.beneficiaryId === beneficiaryId ? opener.path : fallback;
  opener = null;
  return path;
}
