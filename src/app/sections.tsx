// The app's main sections: where each lives and what renders it.
import type { ComponentType } from 'preact';
import { ActivityPage } from './features/activity/ActivityPage';
import { BeneficiariesPage } from './features/beneficiaries/BeneficiariesPage';
import { DemarchesPage } from './features/demarches/DemarchesPage';
import { GuidesPage } from './features/guides/GuidesPage';
import { PartnersPage } from './features/partners/PartnersPage';
import { SettingsPage } from './features/settings/SettingsPage';

export interface Section {
  path: string;
  label: string;
  icon: string;
  Page: ComponentType;
}

/** The sections in navigation order; the first is the home page. */
export const sections: Section[] = [
  { path: '/beneficiaires', label: 'Bénéficiaires', icon: '👥', Page: BeneficiariesPage },
  { path: '/demarches', label: 'Démarches', icon: '📋', Page: DemarchesPage },
  { path: '/guides', label: 'Guides', icon: '📖', Page: GuidesPage },
  { path: '/partenaires', label: 'Partenaires', icon: '🤝', Page: PartnersPage },
  { path: '/activite', label: 'Activité', icon: '📊', Page: ActivityPage },
  { path: '/reglages', label: 'Réglages', icon: '⚙️', Page: SettingsPage },
];

/** The section that owns `path` (the home page for `/` and unknown paths). */
export function sectionFor(path: string): Section {
  return sections.find((s) => path === s.path || path.startsWith(`${s.path}/`)) ?? sections[0]!;
}
