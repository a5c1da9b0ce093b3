// The main navigation: a bottom bar on tablets in portrait, a side bar in landscape. On a phone's narrow
// bar (under 600 px) the sections marked `behindMoreOnPhone` sit behind a « Plus » button, so that every
// label stays whole at 320 px; CSS shows either their own entries or the « Plus » menu, never both.
import { useEffect, useState } from 'preact/hooks';
import { Icon, type IconName } from './icons';
import { linkProps } from './router';

/** A link of the navigation. */
export interface NavigationLink {
  label: string;
  icon: IconName;
  path: string;
  /** On a phone, behind « Plus ». */
  behindMoreOnPhone?: boolean;
}

/** Links to every section; the current one (if any) is marked with aria-current. */
export function Navigation({ sections, current }: { sections: readonly NavigationLink[]; current: NavigationLink | undefined }) {
  const [moreOpen, setMoreOpen] = useState(false);
  const behindMore = sections.filter((section) => section.behindMoreOnPhone);
  // A move closes the menu.
  useEffect(() => setMoreOpen(false), [current]);
  const link = (section: NavigationLink) => (
    <a class="nav__link" aria-current={section === current ? 'page' : undefined} {...linkProps(section.path)}>
      <span class="nav__icon">
        <Icon name={section.icon} />
      </span>
      <span>{section.label}</span>
    </a>
  );
  return (
    <nav class="nav" aria-label="Sections" onKeyDown={(event) => event.key === 'Escape' && setMoreOpen(false)}>
      {moreOpen && (
        <ul id="nav-more" class="nav__more-list" aria-label="Autres sections">
          {behindMore.map((section) => (
            <li key={section.path}>{link(section)}</li>
          ))}
        </ul>
      )}
      <ul>
        {sections.map((section) => (
          <li key={section.path} class={section.behindMoreOnPhone ? 'nav__item--behind-more' : undefined}>
            {link(section)}
          </li>
        ))}
        {behindMore.length > 0 && (
          <li class="nav__more-item">
            <button
              type="button"
              class={`nav__link nav__more${current && behindMore.includes(current) ? ' nav__more--current' : ''}`}
              aria-expanded={moreOpen}
              aria-controls="nav-more"
              onClick={() => setMoreOpen((open) => !open)}
            >
              <span class="nav__icon">
                <Icon name="more" />
              </span>
              <span>Plus</span>
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
