// Horizontal bars in inline SVG: one row per category, its label above, its figure written beside the
// bar (colour never carries the meaning alone). Hidden cells get no bar, only their "< 5". Drawn at its
// box's width in CSS pixels, so that its text keeps its size on a tablet.
import { textWidth } from './axis-labels';
import type { Bar } from './figures';
import { useChartWidth } from './use-chart-width';

const ROW = 46;
/** The size of .chart__label in styles.css, in CSS pixels (one SVG unit is one pixel here). */
const LABEL_FONT_PX = 15;
/** Room right of the longest bar for its figure ("1 234,5 h", "masqué"). */
const VALUE_ROOM = textWidth('1 234,5 h', LABEL_FONT_PX) + 6;

/** The chart; screen readers get the table of ChartFigure instead (the SVG is hidden from them). */
export function BarChart({ bars }: { bars: Bar[] }) {
  const [box, width] = useChartWidth<HTMLDivElement>();
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const barMax = Math.max(40, width - VALUE_ROOM);
  // A label longer than the chart is shortened (the table gives it whole).
  const labelChars = Math.max(12, Math.floor(width / (LABEL_FONT_PX * 0.55)));
  return (
    <div ref={box}>
      <svg class="chart" viewBox={`0 0 ${width} ${Math.max(ROW, bars.length * ROW)}`} aria-hidden="true" focusable="false">
        {bars.map((bar, i) => {
          const y = i * ROW;
          const length = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barMax);
          return (
            <g key={bar.label + i}>
              <text class="chart__label" x={0} y={y + 15}>
                {bar.label.length > labelChars ? `${bar.label.slice(0, labelChars - 1)}…` : bar.label}
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
    </div>
  );
}
