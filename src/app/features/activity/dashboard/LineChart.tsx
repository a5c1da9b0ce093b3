// Lines per month in inline SVG: each series has its own dash and marker shape (named in the legend),
// so that no meaning rests on colour; figures are in the table beside it. Drawn at its box's width in
// CSS pixels (its text keeps its size on a tablet), with as many month labels as fit.
import { shortMonthLabel } from '../../../../shared/stats/labels';
import { labelledPoints, textWidth } from './axis-labels';
import { useChartWidth } from './use-chart-width';

/** One series: its name, its dash style and its marker, and a value per month (null when hidden). */
export interface Series {
  name: string;
  style: 'solid' | 'dashed';
  marker: 'circle' | 'square';
  values: (number | null)[];
}

const H = 260;
const LEFT = 44;
const BOTTOM = 40;
const TOP = 12;
/** The size of .chart__axis in styles.css, in CSS pixels (one SVG unit is one pixel here). */
export const AXIS_FONT_PX = 13;
/** Space for the widest month label ("févr. 26") and a gap between two. */
const LABEL_WIDTH = textWidth('févr. 26', AXIS_FONT_PX);
const LABEL_ROOM = LABEL_WIDTH + 8;
/** Right margin: the last label, centred on the last month, is not cut. */
const RIGHT = Math.ceil(LABEL_WIDTH / 2) + 4;

/** A line chart over `months` ("YYYY-MM"). */
export function LineChart({ months, series }: { months: string[]; series: Series[] }) {
  const [box, width] = useChartWidth<HTMLDivElement>();
  const plot = width - LEFT - RIGHT;
  const spacing = months.length <= 1 ? plot : plot / (months.length - 1);
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x = (i: number) => LEFT + (months.length <= 1 ? plot / 2 : i * spacing);
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  return (
    <div class="line-chart" ref={box}>
      <ul class="legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <svg width="44" height="16" viewBox="0 0 44 16" focusable="false">
              <line class={`chart__line chart__line--${s.style}`} x1="2" y1="8" x2="42" y2="8" />
              <Marker shape={s.marker} cx={22} cy={8} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <svg class="chart" viewBox={`0 0 ${width} ${H}`} aria-hidden="true" focusable="false">
        {[0, max / 2, max].map((v) => (
          <g key={v}>
            <line class="chart__grid" x1={LEFT} x2={width} y1={y(v)} y2={y(v)} />
            <text class="chart__axis" x={LEFT - 6} y={y(v) + 5} text-anchor="end">
              {Math.round(v)}
            </text>
          </g>
        ))}
        {monthLabels(months, spacing).map(([i, month]) => (
          <text key={month} class="chart__axis chart__axis--month" x={x(i)} y={H - BOTTOM + 20} text-anchor="middle">
            {shortMonthLabel(month)}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.name}>
            {segments(s.values).map((segment) => (
              <polyline
                key={segment[0]?.[0]}
                class={`chart__line chart__line--${s.style}`}
                points={segment.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')}
              />
            ))}
            {s.values.map((v, i) => (v === null ? null : <Marker key={i} shape={s.marker} cx={x(i)} cy={y(v)} />))}
          </g>
        ))}
      </svg>
    </div>
  );
}

/** The runs of shown values, as [position, value]: a hidden month breaks the line rather than drawing it at 0. */
function segments(values: (number | null)[]): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] | null = null;
  values.forEach((v, i) => {
    if (v === null) return void (run = null);
    if (!run) runs.push((run = []));
    run.push([i, v]);
  });
  return runs;
}

/** The months that get a label, as [position, month]. */
function monthLabels(months: string[], spacing: number): [number, string][] {
  return labelledPoints(months.length, spacing, LABEL_ROOM).flatMap((i) => {
    const month = months[i];
    return month === undefined ? [] : [[i, month] as [number, string]];
  });
}

function Marker({ shape, cx, cy }: { shape: 'circle' | 'square'; cx: number; cy: number }) {
  return shape === 'circle' ? (
    <circle class="chart__marker" cx={cx} cy={cy} r={4.5} />
  ) : (
    <rect class="chart__marker chart__marker--square" x={cx - 4} y={cy - 4} width={8} height={8} />
  );
}
