import { emptyQueryConfig, type QueryConfig } from "@tessera/model";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QueryEditor } from "./QueryEditor";

const render = (config: QueryConfig) =>
  renderToStaticMarkup(
    <QueryEditor config={config} onChange={() => {}} datasources={[]} bindingExample="inputs.email" />,
  );

describe("QueryEditor", () => {
  it("shows the REST form for a REST config", () => {
    const html = render(emptyQueryConfig("rest", null));
    expect(html).toContain("Method");
    expect(html).toContain('aria-label="Body"');
    expect(html).not.toContain('role="alert"');
  });

  it("names a kind it has no form for instead of crashing", () => {
    // A kind stored by a newer server: the cast stands for data this build's types do not know.
    const html = render({ kind: "graphql", datasourceId: null } as unknown as QueryConfig);
    expect(html).toContain('role="alert"');
    expect(html).toContain("graphql");
    expect(html).not.toContain("Method");
  });

  it("does not take an inherited property for a form", () => {
    const html = render({ kind: "toString" } as unknown as QueryConfig);
    expect(html).toContain("cannot edit queries of kind “toString”");
  });
});
