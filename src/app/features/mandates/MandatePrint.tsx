// The paper mandate to sign (A4, large type), printed with the template it was signed with: the person, the
// aidant and the structure, the families (or, on the first template, the démarches), the dates, the
// clauses, two signature blocks and, from template 2, the SHA-256 of its content.
import { useEffect, useState } from 'preact/hooks';
import type { Beneficiary } from '../../db/beneficiaries-repository';
import type { Mandate } from '../../db/mandates-repository';
import { linkProps } from '../../ui/router';
import { displayName } from '../../ui/person-name';
import { lastDayOf } from './mandate-period';
import { paths } from '../../routes/paths';
import { mandateTemplate } from './mandate-templates';
import { mandateFingerprint, type MandateContent } from './mandate-content';
import { MandatePaper } from './MandatePaper';

/** What the paper says, as its fingerprint covers it. */
export function contentOf(mandate: Mandate, person: Beneficiary, structureName: string): MandateContent {
  return {
    templateVersion: mandate.templateVersion,
    person: { name: displayName(person), birthYear: person.birthYear, commune: person.commune },
    aidantName: mandate.aidantName,
    structureName,
    families: mandate.families,
    startOn: mandate.startOn,
    durationDays: mandate.durationDays,
    lastDay: lastDayOf(mandate.startOn, mandate.durationDays, mandate.duration),
  };
}

/** The printable mandate; "Imprimer" opens the browser's print dialog. */
export function MandatePrint({ mandate, person, structureName }: { mandate: Mandate; person: Beneficiary; structureName: string }) {
  const template = mandateTemplate(mandate.templateVersion);
  const content = contentOf(mandate, person, structureName);
  const fingerprint = useFingerprint(template?.fingerprint ? content : null);
  return (
    <div class="mandate-print">
      <p class="no-print back-link">
        <a {...linkProps(paths.file({ id: person.id }))}>← Retour au dossier</a>
      </p>
      {template ? (
        <>
          <p class="no-print">
            <button type="button" class="button button--primary" onClick={() => window.print()}>
              Imprimer le mandat
            </button>
          </p>
          <MandatePaper template={template} mandate={mandate} content={content} fingerprint={fingerprint} />
        </>
      ) : (
        <p role="alert">
          Ce mandat a été fait avec une version plus récente de Déclic (modèle n° {mandate.templateVersion}). Mettez l’application à jour
          pour l’imprimer.
        </p>
      )}
    </div>
  );
}

/** The fingerprint of `content` once computed (null while computing, or when there is none to print). */
function useFingerprint(content: MandateContent | null): string | null {
  const [hash, setHash] = useState<{ key: string; value: string } | null>(null);
  const key = content ? JSON.stringify(content) : '';
  useEffect(() => {
    if (!content) return;
    let active = true;
    void mandateFingerprint(content).then((value) => active && setHash({ key, value }));
    return () => {
      active = false;
    };
    // The key says everything the content holds: a new content object with the same values computes nothing again.
  }, [key]);
  return hash && hash.key === key ? hash.value : null;
}
