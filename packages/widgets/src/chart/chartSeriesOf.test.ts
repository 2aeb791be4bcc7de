import { describe, expect, it } from "vitest";
import { widgetTypeSpecOf } from "../widgetTypeSpecs";
import { chartDefinition } from "./chartDefinition";
import { chartSeriesOf, chartSummaryOf } from "./chartSeriesOf";

describe("chartSeriesOf", () => {
  it("reads an array of { x, y } as one series", () => {
    expect(
      chartSeriesOf([
        { x: "Mon", y: 3 },
        { x: "Tue", y: "4" },
      ]),
    ).toEqual({
      series: [
        {
          name: "Series 1",
          points: [
            { x: "Mon", y: 3 },
            { x: "Tue", y: 4 },
          ],
        },
      ],
    });
  });

  it("reads a list of series and Appsmith's object of series", () => {
    const points = [{ x: 2024, y: 1 }];
    expect(chartSeriesOf([{ name: "Sales", data: points }]).series).toEqual([
      { name: "Sales", points: [{ x: "2024", y: 1 }] },
    ]);
    expect(chartSeriesOf({ s1: { seriesName: "Costs", data: points } }).series).toEqual([
      { name: "Costs", points: [{ x: "2024", y: 1 }] },
    ]);
  });

  it("leaves out points without a numeric y and says which", () => {
    const read = chartSeriesOf([{ x: "a", y: 1 }, { x: "b", y: "lots" }, { x: "c" }]);
    expect(read.series[0].points).toEqual([{ x: "a", y: 1 }]);
    expect(read.error).toBe(
      "Chart data: point 2 of series 1 has no numeric y; point 3 of series 1 has no numeric y",
    );
  });

  it("has no series for no data, and an error for data of another shape", () => {
    expect(chartSeriesOf(undefined)).toEqual({ series: [] });
    expect(chartSeriesOf("sales")).toMatchObject({
      series: [],
      error: expect.stringContaining("array of { x, y }"),
    });
  });
});

describe("chartSummaryOf", () => {
  it("says what the chart shows, for the svg's accessible name", () => {
    const { series } = chartSeriesOf([
      { x: "Mon", y: 3 },
      { x: "Tue", y: 9 },
    ]);
    expect(chartSummaryOf("bar", series)).toBe("Bar chart. Series 1: 2 points from 3 to 9");
    expect(chartSummaryOf("pie", [])).toBe("Empty pie chart");
  });
});

describe("chartDefinition", () => {
  it("types its kind as an enum and its data as JSON for the engine", () => {
    expect(widgetTypeSpecOf(chartDefinition)).toMatchObject({
      props: { chartType: { enum: ["line", "bar", "pie"] }, chartData: "json" },
      events: [],
    });
  });

  it("has default data the chart can draw", () => {
    expect(chartSeriesOf(chartDefinition.props.chartData.default).error).toBeUndefined();
  });
});
