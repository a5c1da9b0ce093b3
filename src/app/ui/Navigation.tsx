// The main navigation: a bottom bar on tablets in portrait, a side bar in landscape.
import { sections, type Section } from '../sections';
import { Icon } from './icons';
import { linkProps } from './router';

/** Links to every section; the current one is marked with aria-current. */
export function Navigation({ current }: { current: Section }) {
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
