// Opens the database and turns every way that can fail into a plain French message.
import { DeclicDatabase } from './database';

/** Why the database could not open, said for the aidant, with what to do. */
export class DatabaseOpenError extends Error {
  constructor(
    message: string,
    readonly reason: 'unavailable' | 'quota' | 'blocked' | 'version' | 'unknown',
  ) {
    super(message);
  }
}

/** Opens Déclic's database; rejects with a DatabaseOpenError. */
export async function openDatabase(db: DeclicDatabase = new DeclicDatabase()): Promise<DeclicDatabase> {
  db.on('blocked', () => undefined);
  // An older tab must let a newer version upgrade: close, and ask it to reload.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    db.close();
    // Deleted: a logout in another tab wiped the device. Nothing of it may stay here, on screen or in memory.
    if (event.newVersion === null) {
      db.keyring.close();
      if (typeof location !== 'undefined') location.reload();
    }
    return false;
  });
  try {
    await db.open();
    return db;
  } catch (error) {
    throw explainOpenFailure(error);
  }
}

/** The French explanation of an IndexedDB/Dexie open failure. */
export function explainOpenFailure(error: unknown): DatabaseOpenError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'MissingAPIError' || inner === 'InvalidStateError' || name === 'InvalidStateError') {
    return new DatabaseOpenError(
      "Ce navigateur ne permet pas d'enregistrer des données sur l'appareil (navigation privée ?). Ouvrez Déclic dans une fenêtre normale.",
      'unavailable',
    );
  }
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new DatabaseOpenError(
      "La mémoire de l'appareil est pleine. Libérez de la place (photos, applications), puis rouvrez Déclic.",
      'quota',
    );
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return new DatabaseOpenError(
      'Les données de cet appareil viennent d’une version plus récente de Déclic. Rechargez la page pour obtenir la dernière version.',
      'version',
    );
  }
  if (name === 'DatabaseClosedError' || name === 'BlockedError' || inner === 'BlockedError') {
    return new DatabaseOpenError(
      'Déclic est ouvert dans un autre onglet avec une ancienne version. Fermez les autres onglets de Déclic, puis rechargez.',
      'blocked',
    );
  }
  return new DatabaseOpenError(
    "Les données de l'appareil n'ont pas pu être ouvertes. Rechargez la page ; si cela continue, contactez votre coordinateur.",
    'unknown',
  );
}
