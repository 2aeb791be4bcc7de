import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type App, DEFAULT_APP_SETTINGS, type Role } from "@tessera/model";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { appsQueryOptions } from "../../api/apps";
import { datasourcesQueryOptions } from "../../api/datasources";
import { packagesQueryOptions } from "../../api/packages";
import { WorkspaceSection } from "./WorkspaceSection";

const app = (name: string, latestDeployment: number | null): App => ({
  id: name,
  workspaceId: "w1",
  name,
  slug: name.toLowerCase(),
  isPublic: false,
  settings: DEFAULT_APP_SETTINGS,
  latestDeployment,
  updatedAt: "2026-01-01T00:00:00.000Z",
});

function render(role: Role): string {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  client.setQueryData(appsQueryOptions("w1").queryKey, [app("Portal", 2), app("Draft", null)]);
  client.setQueryData(packagesQueryOptions("w1").queryKey, []);
  client.setQueryData(datasourcesQueryOptions("w1").queryKey, []);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <WorkspaceSection
        workspace={{ id: "w1", name: "Team", role }}
        onRename={() => {}}
        onDelete={() => {}}
      />
    </QueryClientProvider>,
  );
}

describe("WorkspaceSection", () => {
  it("shows a viewer the deployed apps only, opening in the viewer, and nothing to build with", () => {
    const html = render("viewer");
    expect(html).toContain('href="/app/portal"');
    expect(html).not.toContain("Draft");
    expect(html).not.toContain('href="/apps/');
    for (const hidden of [">Packages<", ">Datasources<", "Import and export", "New app", "Rename app"])
      expect(html).not.toContain(hidden);
    expect(html).toContain('aria-label="Members of Team"');
  });

  it("shows a developer every app with its editor, and the packages and datasources", () => {
    const html = render("developer");
    expect(html).toContain('href="/apps/Draft"');
    expect(html).toContain('aria-label="Edit app Portal"');
    for (const shown of [">Packages<", ">Datasources<", "Import and export", "New app"])
      expect(html).toContain(shown);
  });
});
