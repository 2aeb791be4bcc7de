import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { widgetTypeSpecOf } from "../widgetTypeSpecs";
import { datePickerDefinition } from "./datePickerDefinition";

describe("datePickerDefinition", () => {
  it("starts from the default date and formats it", () => {
    expect(
      initialMetaOf(datePickerDefinition, { defaultDate: "2026-03-07", dateFormat: "DD/MM/YYYY" }),
    ).toEqual({
      selectedDate: "2026-03-07",
      formattedDate: "07/03/2026",
    });
  });

  it("starts empty without a default date, or with one that is not a date", () => {
    expect(initialMetaOf(datePickerDefinition, {})).toEqual({ selectedDate: "", formattedDate: "" });
    expect(initialMetaOf(datePickerDefinition, { defaultDate: "next week" })).toEqual({
      selectedDate: "",
      formattedDate: "",
    });
  });

  it("types its dates for the engine", () => {
    expect(widgetTypeSpecOf(datePickerDefinition)).toMatchObject({
      props: { defaultDate: "date", minDate: "date", maxDate: "date", dateFormat: "text" },
      metaFromProps: { selectedDate: "defaultDate" },
      events: ["onDateSelected"],
    });
  });
});
