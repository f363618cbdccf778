export type Bar = {
  key: string;
  /** Null draws no bar (nothing was measured), unlike 0. */
  value: number | null;
  /** The bar's figure in words, shown as a tooltip. */
  tooltip: string;
};

type Props = {
  bars: readonly Bar[];
  label: string;
  /** The value of a full-height bar; defaults to the largest value. */
  max?: number;
  /** Labels under the first and the last bar. */
  startLabel: string;
  endLabel: string;
  className?: string;
};

const HEIGHT = 100;
const BAR_WIDTH = 8;
const GAP = 2;

/** Vertical bars in an SVG that scales to its box; the figures live in the caller's table. */
export function BarChart({ bars, label, max, startLabel, endLabel, className }: Props) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const width = bars.length * (BAR_WIDTH + GAP);
  return (
    <div className={`stats-bars ${className ?? ''}`}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="stats-bars-svg"
      >
        <line className="stats-axis" x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} />
        {bars.map((bar, i) => {
          if (bar.value === null) return null;
          const height =
            top === 0 ? 0 : Math.max(bar.value > 0 ? 1 : 0, (bar.value / top) * HEIGHT);
          return (
            <rect
              key={bar.key}
              className="stats-bar"
              x={i * (BAR_WIDTH + GAP) + GAP / 2}
              y={HEIGHT - height}
              width={BAR_WIDTH}
              height={height}
            >
              <title>{bar.tooltip}</title>
            </rect>
          );
        })}
      </svg>
      <div className="stats-bars-axis" aria-hidden="true">
        <span>{startLabel}</span>
        <span>{endLabel}</span>
      </div>
    </div>
  );
}
