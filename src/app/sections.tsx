// The app's main sections: where each lives and what renders it.
import type { ComponentType } from 'preact';
import { ActivityPage } from './features/activity/ActivityPage';
import { BeneficiariesPage } from './features/beneficiaries/BeneficiariesPage';
import { DemarchesPage } from './features/demarches/DemarchesPage';
import { GuidesPage } from './features/guides/GuidesPage';
import { PartnersPage } from './features/partners/PartnersPage';
import { SettingsPage } from './features/settings/SettingsPage';
import type { IconName } from './ui/icons';

export interface Section {
  path: string;
  label: string;
  icon: IconName;
  Page: ComponentType;
}

/** The sections in navigation order; the first is the home page. */
export const sections: Section[] = [
  { path: '/beneficiaires', label: 'Bénéficiaires', icon: 'people', Page: BeneficiariesPage },
  { path: '/demarches', label: 'Démarches', icon: 'checklist', Page: DemarchesPage },
  { path: '/guides', label: 'Guides', icon: 'book', Page: GuidesPage },
  { path: '/partenaires', label: 'Partenaires', icon: 'place', Page: PartnersPage },
  { path: '/activite', label: 'Activité', icon: 'chart', Page: ActivityPage },
  { path: '/reglages', label: 'Réglages', icon: 'settings', Page: SettingsPage },
];

/** The section that owns `path` (the home page for `/` and unknown paths). */
export function sectionFor(path: string): Section {
  return sections.find((s) => path === s.path || path.startsWith(`${s.path}/`)) ?? sections[0]!;
}
