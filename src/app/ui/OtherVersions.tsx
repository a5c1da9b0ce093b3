// The versions of a free-text field kept from a simultaneous edit on two tablets, shown until an aidant
// saves the field again (src/shared/merge.ts keeps them; a later write by someone who saw them resolves them).

/** A version kept aside: its text and the stamp of its write (unique per version). */
export interface KeptVersion {
  value: unknown;
  hlc: string;
}

/**
 * A warning listing the other versions of one field, or nothing when there are none. `of` names the field
 * as in "deux versions des notes"; `action` says where to edit it to keep what counts. The kept version may
 * be this tablet's own (its edit lost the merge): the wording never says which tablet typed which.
 */
export function OtherVersions({
  versions = [],
  of,
  action,
}: {
  versions?: readonly KeptVersion[] | undefined;
  of: string;
  action: string;
}) {
  if (versions.length === 0) return null;
  return (
    <div class="notice-warning">
      <p>
        {versions.length === 1
          ? `Deux versions ${of} ont été saisies en même temps sur deux tablettes. Voici l’autre :`
          : `Plusieurs versions ${of} ont été saisies en même temps sur plusieurs tablettes. Voici les autres :`}
      </p>
      <ul>
        {versions.map((version) => (
          <li key={version.hlc} class="notes">
            {shown(version.value)}
          </li>
        ))}
      </ul>
      <p>{action}</p>
    </div>
  );
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  return text.trim() === '' ? '(texte effacé)' : `« ${text} »`;
}
