// Dates and durations of the catalogue, written the French way.
import type { ContentPack } from '../../shared/schema/content';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Lists of thousands show the same few hundred days again and again: each day is written once.
const writtenDays = new Map<string, string>();

/** "2026-03-05" → "5 mars 2026"; the first of a month is written "1er mars 2026", as French does. */
export function formatDay(isoDay: string): string {
  let written = writtenDays.get(isoDay);
  if (written === undefined) {
    const date = new Date(`${isoDay}T00:00:00Z`);
    written = Number.isNaN(date.getTime()) ? isoDay : dateFormat.format(date).replace(/^1 /, '1er ');
    if (writtenDays.size < 5_000) writtenDays.set(isoDay, written);
  }
  return written;
}

/** 40 → "40 min", 90 → "1 h 30", 120 → "2 h". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** The most recent "checked on" date of the pack's démarches and guides (ISO day), if any. */
export function newestCheckedOn(pack: ContentPack): string | undefined {
  let newest: string | undefined;
  for (const { checkedOn } of [...pack.demarches, ...pack.guides]) if (checkedOn && (!newest || checkedOn > newest)) newest = checkedOn;
  return newest;
}
