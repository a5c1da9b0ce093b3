// The names of the catalogue's and the endpoint's ids in a report: démarches, operators, partners, structures.
import type { ContentPack } from '../../../../shared/schema/content';
import type { ReportLabels } from '../../../../shared/stats/labels';
import { operatorLabels } from '../../../catalogue/labels';

/** Labels from the content pack in use, and the structures' names when the endpoint gave them. */
export function reportLabels(pack: ContentPack, structures: { id: string; name: string }[] = []): ReportLabels {
  return {
    demarche: Object.fromEntries(pack.demarches.map((d) => [d.id, d.title])),
    operator: Object.fromEntries(Object.entries(operatorLabels).map(([id, label]) => [id, label.short])),
    partner: Object.fromEntries(pack.partners.map((p) => [p.id, p.name])),
    structure: Object.fromEntries(structures.map((s) => [s.id, s.name])),
  };
}
