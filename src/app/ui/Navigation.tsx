// The main navigation: a bottom bar on tablets in portrait, a side bar in landscape.
import { Icon, type IconName } from './icons';
import { linkProps } from './router';

/** A link of the navigation. */
export interface NavigationLink {
  label: string;
  icon: IconName;
  path: string;
}

/** Links to every section; the current one (if any) is marked with aria-current. */
export function Navigation({ sections, current }: { sections: readonly NavigationLink[]; current: NavigationLink | undefined }) {
  return (
    <nav class="nav" aria-label="Sections">
      <ul>
        {sections.map((section) => (
          <li key={section.path}>
            <a class="nav__link" aria-current={section === current ? 'page' : undefined} {...linkProps(section.path)}>
              <span class="nav__icon">
                <Icon name={section.icon} />
              </span>
              <span>{section.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
