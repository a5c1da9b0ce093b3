// OpenStreetMap's opening_hours (the directories' `horaires`) in plain French, for the common subset:
// rules separated by `;`, each with days (Mo-Fr, Sa,Su, PH) and time ranges (09:00-12:00,14:00-17:00) or
// `off`/`closed`, and `24/7`. Anything else (months, weeks, comments, sunrise…) gives null: show the raw text.

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const DAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

const TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;
const DAY_PART = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/;

/** « a », « a et b », « a, b et c ». */
function listOf(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}

/** 09:00 → « 9 h », 18:30 → « 18 h 30 ». */
function clock(text: string): string | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const minutes = match[2] === '00' ? '' : ` ${match[2]}`;
  return `${Number(match[1])} h${minutes}`;
}

/** « de 9 h à 12 h et de 14 h à 17 h », or null when a range is not HH:MM-HH:MM. */
function timeRanges(text: string): string | null {
  const ranges = text.split(',').map((range) => {
    const [from, to, extra] = range.trim().split('-');
    const start = from === undefined ? null : clock(from);
    const end = to === undefined ? null : clock(to);
    return start && end && extra === undefined ? `de ${start} à ${end}` : null;
  });
  return ranges.every((r) => r !== null) ? listOf(ranges as string[]) : null;
}

/** « du lundi au vendredi », « le samedi », « le lundi et le jeudi », « tous les jours », or null. */
function daySelector(text: string): string | null {
  const parts: string[] = [];
  let days = 0;
  for (const part of text.split(',')) {
    const match = DAY_PART.exec(part.trim());
    if (!match) return null;
    const from = DAYS.indexOf(match[1] as (typeof DAYS)[number]);
    const to = match[2] === undefined ? from : DAYS.indexOf(match[2] as (typeof DAYS)[number]);
    if (to < from) return null;
    days += to - from + 1;
    parts.push(from === to ? `le ${DAY_NAMES[from]}` : `du ${DAY_NAMES[from]} au ${DAY_NAMES[to]}`);
  }
  if (days === 7 && parts.length === 1) return 'tous les jours';
  return listOf(parts);
}

/** One rule in French, or null when it is outside the subset. */
function rule(text: string): string | null {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const tail = rest.join(' ');
  const closed = tail === 'off' || tail === 'closed';
  if (first === 'PH') {
    if (closed) return 'fermé les jours fériés';
    const times = timeRanges(tail);
    return times && `les jours fériés ${times}`;
  }
  if (/^\d/.test(first)) {
    const times = timeRanges(text.trim().replace(/\s+/g, ''));
    return times && `tous les jours ${times}`;
  }
  const days = daySelector(first);
  if (!days) return null;
  if (closed) return `fermé ${days}`;
  const times = timeRanges(tail.replace(/\s+/g, ''));
  return times && `${days} ${times}`;
}

/**
 * `Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off` → « du lundi au vendredi de 9 h à 12 h et de
 * 14 h à 17 h ; le samedi de 9 h à 12 h ; fermé les jours fériés ». Null for what the subset does not read.
 */
export function formatOpeningHours(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '24/7') return 'tous les jours, 24 h sur 24';
  const rules = trimmed.split(';').filter((r) => r.trim() !== '');
  if (rules.length === 0) return null;
  const french = rules.map(rule);
  return french.every((r) => r !== null) ? french.join(' ; ') : null;
}

/** What to show for raw opening_hours: the French, or the text as given when it is outside the subset. */
export function openingHoursText(text: string): string {
  return formatOpeningHours(text) ?? text.trim();
}
