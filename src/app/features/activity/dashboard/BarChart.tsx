// Horizontal bars in inline SVG: one row per category, its label above, its figure written beside the
// bar (colour never carries the meaning alone). Hidden cells get no bar, only their "< 5".
import type { Bar } from './figures';

const WIDTH = 640;
const ROW = 46;
const BAR_MAX = 540;

/** The chart; screen readers get the table of ChartFigure instead (the SVG is hidden from them). */
export function BarChart({ bars }: { bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${Math.max(ROW, bars.length * ROW)}`} aria-hidden="true" focusable="false">
      {bars.map((bar, i) => {
        const y = i * ROW;
        const length = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * BAR_MAX);
        return (
          <g key={bar.label + i}>
            <text class="chart__label" x={0} y={y + 15}>
              {bar.label.length > 70 ? `${bar.label.slice(0, 69)}…` : bar.label}
            </text>
            <rect
              class={bar.value === null ? 'chart__bar chart__bar--hidden' : 'chart__bar'}
              x={0}
              y={y + 21}
              width={bar.value === null ? 24 : length}
              height={16}
              rx={2}
            />
            <text class="chart__value" x={(bar.value === null ? 24 : length) + 6} y={y + 34}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
