import { describe, expect, it } from "vitest";
import { gridDelta, gridPoint } from "./gridPoint";

const box = { left: 100, top: 50, width: 640 };

describe("gridPoint", () => {
  it("maps a point to its column and row", () => {
    expect(gridPoint(box, 100, 50)).toEqual({ x: 0, y: 0 });
    expect(gridPoint(box, 100 + 25, 50 + 39)).toEqual({ x: 2, y: 3 });
  });

  it("rounds drags to whole cells", () => {
    expect(gridDelta(box, 14, -16)).toEqual({ dx: 1, dy: -2 });
    expect(gridDelta(box, 4, 4)).toEqual({ dx: 0, dy: 0 });
  });
});
