// Lines per month in inline SVG: each series has its own dash and marker shape (named in the legend),
// so that no meaning rests on colour; figures are in the table beside it.
import { shortMonthLabel } from '../../../../shared/stats/labels';

/** One series: its name, its dash style and its marker, and a value per month. */
export interface Series {
  name: string;
  style: 'solid' | 'dashed';
  marker: 'circle' | 'square';
  values: number[];
}

const W = 640;
const H = 260;
const LEFT = 44;
const BOTTOM = 40;
const TOP = 12;

/** A line chart over `months` ("YYYY-MM"). */
export function LineChart({ months, series }: { months: string[]; series: Series[] }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => LEFT + (months.length <= 1 ? (W - LEFT) / 2 : (i * (W - LEFT - 16)) / (months.length - 1));
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  const every = Math.ceil(months.length / 12);
  return (
    <div class="line-chart">
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
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {[0, max / 2, max].map((v) => (
          <g key={v}>
            <line class="chart__grid" x1={LEFT} x2={W} y1={y(v)} y2={y(v)} />
            <text class="chart__axis" x={LEFT - 6} y={y(v) + 5} text-anchor="end">
              {Math.round(v)}
            </text>
          </g>
        ))}
        {months.map((m, i) =>
          i % every === 0 ? (
            <text key={m} class="chart__axis" x={x(i)} y={H - BOTTOM + 20} text-anchor="middle">
              {shortMonthLabel(m)}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <g key={s.name}>
            <polyline class={`chart__line chart__line--${s.style}`} points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {s.values.map((v, i) => (
              <Marker key={i} shape={s.marker} cx={x(i)} cy={y(v)} />
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}

function Marker({ shape, cx, cy }: { shape: 'circle' | 'square'; cx: number; cy: number }) {
  return shape === 'circle' ? (
    <circle class="chart__marker" cx={cx} cy={cy} r={4.5} />
  ) : (
    <rect class="chart__marker chart__marker--square" x={cx - 4} y={cy - 4} width={8} height={8} />
  );
}
