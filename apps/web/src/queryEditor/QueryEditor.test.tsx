import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { emptyQueryConfig, type QueryConfig } from "@tessera/model";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QueryEditor } from "./QueryEditor";

const render = (config: QueryConfig, vaultKeep?: string[]) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <QueryEditor
        config={config}
        onChange={() => {}}
        datasources={[]}
        bindingExample="inputs.email"
        vaultKeep={vaultKeep}
        onVaultKeepChange={() => {}}
        vaultKeys={[]}
      />
    </QueryClientProvider>,
  );

describe("QueryEditor", () => {
  it("shows the REST form for a REST config", () => {
    const html = render(emptyQueryConfig("rest", null));
    expect(html).toContain("Method");
    expect(html).toContain('aria-label="Body"');
    expect(html).not.toContain('role="alert"');
  });

  it("shows the SQL form for a PostgreSQL config and the GraphQL form for a GraphQL one", () => {
    const sql = render(emptyQueryConfig("postgres", null));
    expect(sql).toContain("<h3>SQL</h3>");
    expect(sql).not.toContain("Method");
    const graphql = render(emptyQueryConfig("graphql", null));
    expect(graphql).toContain('aria-label="Variables"');
    expect(graphql).not.toContain("Method");
  });

  it("shows what a query of every kind keeps in the vault, and why", () => {
    for (const kind of ["rest", "postgres", "graphql"] as const) {
      const html = render(emptyQueryConfig(kind, null), ["access_token", "refresh_token"]);
      expect(html).toContain("Keep in the vault");
      expect(html).toContain('value="access_token, refresh_token"');
      expect(html).toContain("read them only as <code>{{vault.name}}</code>");
    }
  });

  it("names a kind it has no form for instead of crashing", () => {
    // A kind stored by a newer server: the cast stands for data this build's types do not know.
    const html = render({ kind: "mongodb", datasourceId: null } as unknown as QueryConfig);
    expect(html).toContain('role="alert"');
    expect(html).toContain("mongodb");
    expect(html).not.toContain("Method");
  });

  it("does not take an inherited property for a form", () => {
    const html = render({ kind: "toString" } as unknown as QueryConfig);
    expect(html).toContain("cannot edit queries of kind “toString”");
  });
});
