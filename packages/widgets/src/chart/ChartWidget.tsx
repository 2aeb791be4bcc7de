import { useId, useMemo } from "react";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { chartDefinition } from "./chartDefinition";
import { type ChartSeries, chartSeriesOf, chartSummaryOf } from "./chartSeriesOf";

const COLORS = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d"];
const W = 400;
const H = 240;
const PAD = { left: 40, right: 12, top: 12, bottom: 30 };

/**
 * A chart drawn as plain SVG: a chart of a few dozen points needs no charting library, and
 * the widget's chunk stays a few kilobytes. The svg is an image named by a summary of the
 * data; the data itself follows as a table for screen readers.
 */
export function ChartWidget({ name, props }: WidgetRendererProps<typeof chartDefinition>) {
  const id = useId();
  const { series, error } = useMemo(() => chartSeriesOf(props.chartData), [props.chartData]);
  const kind = props.chartType;
  const summary = chartSummaryOf(kind, series);
  const hasPoints = series.some((item) => item.points.length > 0);
  return (
    <figure className="tw-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="tw-chart-title">
        {props.title || name}
      </figcaption>
      {error ? <p className="tw-chart-error">{error}</p> : null}
      {hasPoints ? (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="xMidYMid meet">
          {kind === "pie" ? (
            <Pie series={series[0]} />
          ) : (
            <Axes series={series} kind={kind} xLabel={props.xAxisLabel} yLabel={props.yAxisLabel} />
          )}
        </svg>
      ) : (
        <p className="tw-empty">No data to chart</p>
      )}
      {hasPoints && (series.length > 1 || kind === "pie") ? <Legend series={series} kind={kind} /> : null}
      {hasPoints ? <DataTable series={series} caption={props.title || name} /> : null}
    </figure>
  );
}

function Axes({
  series,
  kind,
  xLabel,
  yLabel,
}: {
  series: ChartSeries[];
  kind: "line" | "bar";
  xLabel: string;
  yLabel: string;
}) {
  const categories = [...new Set(series.flatMap((item) => item.points.map((point) => point.x)))];
  const ys = series.flatMap((item) => item.points.map((point) => point.y));
  const low = Math.min(0, ...ys);
  const high = niceMax(Math.max(0, ...ys));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const yAt = (y: number) => PAD.top + plotH - ((y - low) / (high - low || 1)) * plotH;
  const band = plotW / Math.max(1, categories.length);
  const xAt = (x: string) => PAD.left + band * categories.indexOf(x) + band / 2;
  const ticks = [0, 1, 2, 3, 4].map((step) => low + ((high - low) * step) / 4);
  const barW = (band * 0.7) / series.length;
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={yAt(tick)} y2={yAt(tick)} stroke="#e5e7eb" />
          <text x={PAD.left - 4} y={yAt(tick) + 4} textAnchor="end" fill="#6b7280" fontSize="10">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {categories.map((category) => (
        <text
          key={category}
          x={xAt(category)}
          y={H - PAD.bottom + 14}
          textAnchor="middle"
          fill="#374151"
          fontSize="10"
        >
          {category.length > 10 ? `${category.slice(0, 9)}…` : category}
        </text>
      ))}
      {xLabel ? (
        <text x={PAD.left + plotW / 2} y={H - 2} textAnchor="middle" fill="#374151" fontSize="11">
          {xLabel}
        </text>
      ) : null}
      {yLabel ? (
        <text
          x={10}
          y={PAD.top + plotH / 2}
          textAnchor="middle"
          fill="#374151"
          fontSize="11"
          transform={`rotate(-90 10 ${PAD.top + plotH / 2})`}
        >
          {yLabel}
        </text>
      ) : null}
      {series.map((item, index) => {
        const color = COLORS[index % COLORS.length];
        if (kind === "bar") {
          return item.points.map((point) => {
            const x = xAt(point.x) - (band * 0.7) / 2 + barW * index;
            const top = Math.min(yAt(point.y), yAt(0));
            return (
              <rect
                key={`${item.name}-${point.x}`}
                x={x}
                y={top}
                width={Math.max(1, barW - 2)}
                height={Math.abs(yAt(point.y) - yAt(0))}
                fill={color}
              />
            );
          });
        }
        const path = item.points.map((point) => `${xAt(point.x)},${yAt(point.y)}`).join(" ");
        return (
          <g key={item.name}>
            <polyline points={path} fill="none" stroke={color} strokeWidth="2" />
            {item.points.map((point) => (
              <circle key={point.x} cx={xAt(point.x)} cy={yAt(point.y)} r="3" fill={color} />
            ))}
          </g>
        );
      })}
    </g>
  );
}

function Pie({ series }: { series: ChartSeries }) {
  const points = series.points.filter((point) => point.y > 0);
  const total = points.reduce((sum, point) => sum + point.y, 0);
  const cx = W / 2;
  const cy = H / 2;
  const r = H / 2 - 12;
  let angle = -Math.PI / 2;
  return (
    <g>
      {points.map((point, index) => {
        const sweep = (point.y / total) * Math.PI * 2;
        const color = COLORS[index % COLORS.length];
        const start = angle;
        angle += sweep;
        if (points.length === 1) return <circle key={point.x} cx={cx} cy={cy} r={r} fill={color} />;
        const large = sweep > Math.PI ? 1 : 0;
        const d = `M${cx},${cy} L${cx + r * Math.cos(start)},${cy + r * Math.sin(start)} A${r},${r} 0 ${large} 1 ${cx + r * Math.cos(angle)},${cy + r * Math.sin(angle)} Z`;
        return <path key={point.x} d={d} fill={color} stroke="#fff" strokeWidth="1" />;
      })}
    </g>
  );
}

function Legend({ series, kind }: { series: ChartSeries[]; kind: string }) {
  const entries =
    kind === "pie"
      ? series[0].points.filter((point) => point.y > 0).map((point) => point.x)
      : series.map((item) => item.name);
  return (
    <ul className="tw-chart-legend" aria-hidden="true">
      {entries.map((entry, index) => (
        <li key={entry}>
          <span className="tw-chart-swatch" style={{ background: COLORS[index % COLORS.length] }} />
          {entry}
        </li>
      ))}
    </ul>
  );
}

function DataTable({ series, caption }: { series: ChartSeries[]; caption: string }) {
  const categories = [...new Set(series.flatMap((item) => item.points.map((point) => point.x)))];
  return (
    <table className="tw-visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">x</th>
          {series.map((item) => (
            <th key={item.name} scope="col">
              {item.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {categories.map((category) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {series.map((item) => (
              <td key={item.name}>{item.points.find((point) => point.x === category)?.y ?? ""}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The smallest of 1, 2 or 5 times a power of ten at or above `value`: round axis ticks. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function formatTick(value: number): string {
  return Math.abs(value) >= 1000 ? `${Math.round(value / 100) / 10}k` : String(Math.round(value * 100) / 100);
}
