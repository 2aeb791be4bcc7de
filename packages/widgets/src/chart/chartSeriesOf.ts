/** One point of a chart: a category or label on x, a number on y. */
export interface ChartPoint {
  x: string;
  y: number;
}

/** A named line, set of bars or pie. */
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

/** The series a Chart draws, and what was wrong with the data when something was. */
export interface ChartData {
  series: ChartSeries[];
  error?: string;
}

/**
 * Reads a Chart's data in the forms authors write: an array of `{ x, y }` (one series), an
 * array of series `{ name, data: [{ x, y }] }`, or Appsmith's object of series
 * `{ s1: { seriesName, data } }`. Points whose y is not a number are left out and named in
 * `error`, so the chart shows what it can while the author fixes the rest.
 * @example chartSeriesOf([{ x: "Mon", y: 3 }]) // { series: [{ name: "Series 1", points: [{ x: "Mon", y: 3 }] }] }
 */
export function chartSeriesOf(data: unknown): ChartData {
  if (data === undefined || data === null || data === "") return { series: [] };
  const errors: string[] = [];
  let raw: { name: unknown; data: unknown }[];
  if (Array.isArray(data)) {
    const isSeriesList = data.length > 0 && data.every((item) => isObject(item) && Array.isArray(item.data));
    raw = isSeriesList
      ? data.map((item, index) => ({
          name: (item as Record<string, unknown>).name ?? `Series ${index + 1}`,
          data: (item as Record<string, unknown>).data,
        }))
      : [{ name: "Series 1", data }];
  } else if (isObject(data)) {
    raw = Object.entries(data).map(([key, value]) => ({
      name: isObject(value) ? (value.seriesName ?? value.name ?? key) : key,
      data: isObject(value) ? value.data : value,
    }));
  } else {
    return { series: [], error: "Chart data must be an array of { x, y } or a list of series" };
  }
  const series = raw.map((item, seriesIndex) => {
    const points: ChartPoint[] = [];
    const list = Array.isArray(item.data) ? item.data : [];
    if (!Array.isArray(item.data)) errors.push(`series ${seriesIndex + 1} has no data array`);
    list.forEach((point, index) => {
      const y = isObject(point) ? Number(point.y) : Number.NaN;
      if (!isObject(point) || point.y === null || point.y === "" || !Number.isFinite(y)) {
        errors.push(`point ${index + 1} of series ${seriesIndex + 1} has no numeric y`);
        return;
      }
      points.push({ x: String(point.x ?? index + 1), y });
    });
    return { name: String(item.name), points };
  });
  return errors.length > 0 ? { series, error: `Chart data: ${errors.slice(0, 3).join("; ")}` } : { series };
}

/**
 * A sentence saying what a chart shows, for screen readers (the svg's accessible name) and
 * as the figure's caption when it has no title.
 */
export function chartSummaryOf(kind: string, series: ChartSeries[]): string {
  const points = series.reduce((count, item) => count + item.points.length, 0);
  if (points === 0) return `Empty ${kind} chart`;
  const parts = series.map((item) => {
    const ys = item.points.map((point) => point.y);
    return `${item.name}: ${item.points.length} points from ${Math.min(...ys)} to ${Math.max(...ys)}`;
  });
  return `${kind[0].toUpperCase()}${kind.slice(1)} chart. ${parts.join(". ")}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
