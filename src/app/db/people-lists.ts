// The people of the tablet as pages list them, read from the sealed index of the files (person-index.ts):
// no file is opened, so a page that lists people opens at once after unlock, whatever the number of files.
// The same arrays while no file changes: pages and the statistics memoise on them.
import type { DeclicDatabase } from './database';
import { indexedFiles, listPeople, type PersonEntry } from './person-index';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

const byNameLists = new WeakMap<readonly PersonEntry[], readonly PersonEntry[]>();

/** The people (merged files left out) by last name then first name, as the files' own list sorts them. */
export async function listPeopleByName(db: DeclicDatabase): Promise<readonly PersonEntry[]> {
  const people = await listPeople(db);
  let sorted = byNameLists.get(people);
  if (sorted === undefined) {
    sorted = Object.freeze([...people].sort(byName));
    byNameLists.set(people, sorted);
  }
  return sorted;
}

function byName(a: PersonEntry, b: PersonEntry): number {
  return collator.compare(a.lastName ?? '', b.lastName ?? '') || collator.compare(a.firstName ?? '', b.firstName ?? '');
}

const fileLists = new WeakMap<ReadonlyMap<string, PersonEntry>, readonly PersonEntry[]>();

/** Every file that is not erased, merged ones included (the statistics count a merged file as its kept one). */
export async function listAllFiles(db: DeclicDatabase): Promise<readonly PersonEntry[]> {
  const files = await indexedFiles(db);
  let list = fileLists.get(files);
  if (list === undefined) {
    list = Object.freeze([...files.values()]);
    fileLists.set(files, list);
  }
  return list;
}
