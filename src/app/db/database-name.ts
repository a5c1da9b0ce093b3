// The name of the IndexedDB database, apart from the database's code: the first visit's entry reads it
// without loading Dexie (src/app/first-visit.ts).

/** The name of the IndexedDB database. */
export const DATABASE_NAME = 'declic';
