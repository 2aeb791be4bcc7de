import { describe, expect, it } from "vitest";
import { SAME_REPORT_MS, showAlertIn } from "./alertList";

describe("showAlertIn", () => {
  it("adds a toast for a new message", () => {
    const { alerts, alert } = showAlertIn([], { message: "Saved", type: "success", now: 0, nextId: 1 });
    expect(alerts).toEqual([{ id: 1, message: "Saved", type: "success", count: 1, shownAt: 0 }]);
    expect(alert.id).toBe(1);
  });

  it("counts the same message shown again while its toast is up", () => {
    let alerts = showAlertIn([], { message: "Incorrect password", type: "error", now: 0, nextId: 1 }).alerts;
    alerts = showAlertIn(alerts, {
      message: "Incorrect password",
      type: "error",
      now: 2_000,
      nextId: 2,
    }).alerts;
    alerts = showAlertIn(alerts, {
      message: "Incorrect password",
      type: "error",
      now: 4_000,
      nextId: 3,
    }).alerts;
    expect(alerts).toEqual([
      { id: 1, message: "Incorrect password", type: "error", count: 3, shownAt: 4_000 },
    ]);
  });

  it("does not count one failure reported twice within a moment", () => {
    let alerts = showAlertIn([], { message: "Boom", type: "error", now: 1_000, nextId: 1 }).alerts;
    alerts = showAlertIn(alerts, {
      message: "Boom",
      type: "error",
      now: 1_000 + SAME_REPORT_MS - 1,
      nextId: 2,
    }).alerts;
    expect(alerts.map((a) => a.count)).toEqual([1]);
  });

  it("keeps a different type or message apart", () => {
    let alerts = showAlertIn([], { message: "Saved", type: "success", now: 0, nextId: 1 }).alerts;
    alerts = showAlertIn(alerts, { message: "Saved", type: "info", now: 1_000, nextId: 2 }).alerts;
    alerts = showAlertIn(alerts, { message: "Other", type: "success", now: 2_000, nextId: 3 }).alerts;
    expect(alerts.map((a) => [a.id, a.count])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
  });
});
