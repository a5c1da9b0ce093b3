// Keeps the browser from writing what is typed to disk: Chromium saves the content of form fields in its
// session files (to restore a tab), in clear — unless the field says autocomplete="off". Every field of the
// app gets it unless it says otherwise (a login e-mail, say), whoever writes the form.
import { options, type VNode } from 'preact';

const FIELDS = new Set(['input', 'textarea', 'select']);

/** Installs the default autocomplete="off" on every input, textarea and select rendered from now on. */
export function keepFieldsOutOfBrowserMemory(): void {
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    if (typeof vnode.type === 'string' && FIELDS.has(vnode.type)) {
      const props = vnode.props as Record<string, unknown>;
      if (props.autoComplete === undefined && props.autocomplete === undefined) props.autocomplete = 'off';
    }
    previous?.(vnode);
  };
}
