import { describe, expect, it } from "vitest";
import { widgetPropsOf } from "../widgetPropsOf";
import { iframeDefinition } from "./iframeDefinition";

describe("iframeDefinition", () => {
  it("keeps http(s) sources", () => {
    expect(widgetPropsOf(iframeDefinition, { src: "https://example.com/report" }).src).toBe(
      "https://example.com/report",
    );
  });

  it("shows no page for other schemes", () => {
    for (const src of ["javascript:alert(1)", "data:text/html,<script>1</script>", "file:///etc/passwd"]) {
      expect(widgetPropsOf(iframeDefinition, { src }).src, src).toBe("");
    }
  });
});
