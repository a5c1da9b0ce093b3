// Which addresses a guide may link to (http, https or relative) and show images from (this site only).

/** True when `address` holds a space, a control character or a backslash (tricks to hide a scheme). */
function hasHiddenCharacters(address: string): boolean {
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/** `raw` if it is an http(s) or relative address, else undefined (javascript:, data:, //host …). */
export function safeHref(raw: string): string | undefined {
  const href = raw.trim();
  if (href === '' || hasHiddenCharacters(href) || href.startsWith('//')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme) return /^https?$/i.test(scheme[1] ?? '') ? href : undefined;
  return href;
}

/** `raw` if it is a path on this site ("/guides/x.svg"), else undefined. */
export function safeImageSrc(raw: string): string | undefined {
  const src = raw.trim();
  if (!src.startsWith('/') || src.startsWith('//') || hasHiddenCharacters(src)) return undefined;
  return src;
}
