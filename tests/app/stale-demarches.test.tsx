// A coordinator sees which démarches nobody checked against their official pages in the last 6 months;
// an aidant does not get the list.
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { setContentState } from '../../src/app/catalogue/content-store';
import { buildPackIndex } from '../../src/app/catalogue/search-documents';
import type { DeclicDatabase } from '../../src/app/db/database';
import { paths } from '../../src/app/routes/paths';
import { todayIso, addMonths } from '../../src/app/ui/dates';
import type { ContentPack } from '../../src/shared/schema/content';
import { realContentPack, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

let db: DeclicDatabase | undefined;

afterEach(async () => {
  await stopSections();
  cleanup();
  db?.close();
  db = undefined;
});

/** The real pack where one démarche was checked a month ago and another 8 months ago. */
function packWithChecks(): { pack: ContentPack; fresh: string; old: string } {
  const real = realContentPack();
  const [fresh, old] = real.demarches;
  const today = todayIso();
  const pack: ContentPack = {
    ...real,
    demarches: real.demarches.map((d) =>
      d.id === fresh!.id ? { ...d, checkedOn: addMonths(today, -1) } : d.id === old!.id ? { ...d, checkedOn: addMonths(today, -8) } : d,
    ),
  };
  setContentState({ status: 'ready', pack, index: buildPackIndex(pack), update: { phase: 'idle' } });
  return { pack, fresh: fresh!.title, old: old!.title };
}

describe('the démarches to check again', () => {
  it('are counted on the catalogue’s home for a coordinator, and listed never checked first, then the oldest', async () => {
    const { pack, fresh, old } = packWithChecks();
    db = await tabletOf('coordinateur', Date.now());
    await renderSection(paths.demarches(), db);
    const count = pack.demarches.length - 1;
    const link = await screen.findByRole('link', { name: `${count} démarches à revérifier` });
    link.click();
    const list = await screen.findByRole('list', { name: 'Démarches à revérifier' });
    const items = within(list).getAllByRole('link');
    expect(items).toHaveLength(count);
    expect(items.filter((a) => a.querySelector('.card__title')?.textContent === fresh)).toHaveLength(0);
    expect(items.at(-1)?.textContent).toContain(old);
    expect(items.at(-1)?.textContent).toMatch(/vérifiée le \d+/);
    expect(items[0]?.textContent).toContain('jamais vérifiée');
  });

  it('are not offered to an aidant', async () => {
    packWithChecks();
    db = await tabletOf('aidant', Date.now());
    await renderSection(paths.demarches(), db);
    await screen.findByRole('heading', { level: 1, name: 'Démarches' });
    expect(screen.queryByRole('link', { name: /à revérifier/ })).toBeNull();
    cleanup();
    await renderSection(paths.staleDemarches(), db);
    expect(await screen.findByText(/réservée aux coordinateurs/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Démarches à revérifier' })).toBeNull();
  });
});
