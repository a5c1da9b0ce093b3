// The app's main sections: their label and icon in the navigation, their home address, and whether their
// pages need the content pack (catalogue, guides, partners).
import type { IconName } from '../ui/icons';
import { normalizePath } from './route-pattern';
import { paths } from './paths';

/** One section of the navigation. */
export interface Section {
  label: string;
  icon: IconName;
  /** Its home page; every address under it belongs to the section. */
  path: string;
  /** True when its pages wait for the content pack (titled with the section's name meanwhile). */
  content: boolean;
  /** On a phone's narrow bar, the section sits behind « Plus » (six labels do not fit in 320 px). */
  behindMoreOnPhone: boolean;
}

const section = (label: string, icon: IconName, path: string, content = false, behindMoreOnPhone = false): Section => ({
  label,
  icon,
  path,
  content,
  behindMoreOnPhone,
});

/** The sections by name. */
export const sections = {
  beneficiaries: section('Bénéficiaires', 'people', paths.beneficiaries()),
  demarches: section('Démarches', 'checklist', paths.demarches(), true),
  guides: section('Guides', 'book', paths.guides(), true, true),
  partners: section('Partenaires', 'place', paths.partners(), true, true),
  activity: section('Activité', 'chart', paths.activity(), true),
  settings: section('Réglages', 'settings', paths.settings(), false, true),
} satisfies Record<string, Section>;

/** The sections in navigation order; the first is the home page. */
export const navigationOrder: Section[] = Object.values(sections);

/** The section that owns `path` (by its first segment), if any. */
export function sectionOwning(path: string): Section | undefined {
  const normalized = normalizePath(path);
  return navigationOrder.find((s) => normalized === s.path || normalized.startsWith(`${s.path}/`));
}
