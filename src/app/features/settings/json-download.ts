// Saving a JSON document on the tablet: a Blob offered as a download (no network involved).

/** Offers `document_` as a JSON file named `fileName`. */
export function downloadJson(document_: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' }));
  const link = Object.assign(window.document.createElement('a'), { href: url, download: fileName, hidden: true });
  window.document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
