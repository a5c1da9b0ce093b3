// Which points of a chart's horizontal axis get a label: as many as fit without touching, evenly spaced,
// the first and the last always.

/** Label every point, every 2nd, 3rd, 4th, 6th, then every year or more (months). */
const STEPS = [1, 2, 3, 4, 6, 12, 24, 36, 60, 120];

/**
 * The positions (0 … count − 1) to label when two neighbouring points are `spacing` px apart and a label
 * needs `room` px (its width and a gap). The last label always shows: the one before it gives way when
 * they would touch.
 */
export function labelledPoints(count: number, spacing: number, room: number): number[] {
  if (count <= 0) return [];
  const step = STEPS.find((s) => s * spacing >= room) ?? Math.max(...STEPS);
  const points: number[] = [];
  for (let i = 0; i < count; i += step) points.push(i);
  const last = count - 1;
  const previous = points.at(-1);
  if (previous !== undefined && previous !== last) {
    if (points.length > 1 && (last - previous) * spacing < room) points.pop();
    points.push(last);
  }
  return points;
}

/** A generous width for `text` at `fontPx` (about 0.6 em a character in a sans-serif font). */
export function textWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.6);
}
