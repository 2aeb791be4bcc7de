import { describe, expect, it } from "vitest";
import { gridContentHeight, layoutToStyle } from "./layoutToStyle";

describe("layoutToStyle", () => {
  it("places columns in percent and rows in 10 px steps", () => {
    expect(layoutToStyle({ x: 16, y: 3, w: 32, h: 5 })).toEqual({
      position: "absolute",
      left: "25%",
      top: 30,
      width: "50%",
      height: 50,
    });
  });

  it("clips a widget wider than the space left of the grid", () => {
    expect(layoutToStyle({ x: 48, y: 0, w: 32, h: 1 }).width).toBe("25%");
  });

  it("measures the height the lowest widget needs", () => {
    expect(
      gridContentHeight([
        { x: 0, y: 2, w: 1, h: 3 },
        { x: 0, y: 10, w: 1, h: 4 },
      ]),
    ).toBe(140);
    expect(gridContentHeight([])).toBe(0);
  });
});
