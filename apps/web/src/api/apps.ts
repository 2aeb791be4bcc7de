import { queryOptions } from "@tanstack/react-query";
import type { App, AppBody, AppSettings, DeploymentChanges, PackageVersion, Page } from "@tessera/model";
import { apiFetch } from "./client";

/** An app with its pages, as `GET /api/v1/apps/:appId` answers. */
export interface AppWithPages {
  app: App;
  pages: Page[];
}

/** A deployment record of an app. */
export interface Deployment {
  version: number;
  deployedAt: string;
  packages: Array<{ packageId: string; version: number }>;
}

/** Query keys of apps; pages and page docs hang under `["app", appId]` too (see pages.ts). */
export const appKeys = {
  list: (workspaceId: string) => ["workspaces", workspaceId, "apps"] as const,
  detail: (appId: string) => ["app", appId] as const,
  deployments: (appId: string) => ["app", appId, "deployments"] as const,
  deployChanges: (appId: string) => ["app", appId, "deploy-changes"] as const,
  packageVersion: (packageId: string, version: number) =>
    ["packages", packageId, "versions", version] as const,
};

/** The apps of a workspace. */
export function appsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: appKeys.list(workspaceId),
    queryFn: ({ signal }) =>
      apiFetch<{ apps: App[] }>(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/apps`, {
        signal,
      }).then((r) => r.apps),
  });
}

/** One app with its pages, ordered as the author ordered them. */
export function appQueryOptions(appId: string) {
  return queryOptions({
    queryKey: appKeys.detail(appId),
    queryFn: async ({ signal }) => {
      const result = await apiFetch<AppWithPages>(`/api/v1/apps/${encodeURIComponent(appId)}`, { signal });
      return { ...result, pages: [...result.pages].sort((a, b) => a.order - b.order) };
    },
  });
}

/** The deployments of an app, newest first as the server lists them. */
export function deploymentsQueryOptions(appId: string) {
  return queryOptions({
    queryKey: appKeys.deployments(appId),
    queryFn: ({ signal }) =>
      apiFetch<{ deployments: Deployment[] }>(`/api/v1/apps/${encodeURIComponent(appId)}/deployments`, {
        signal,
      }).then((r) => r.deployments),
  });
}

/** What deploying now would change against the latest deployment (drafts as saved). */
export function deployChangesQueryOptions(appId: string) {
  return queryOptions({
    queryKey: appKeys.deployChanges(appId),
    queryFn: ({ signal }) =>
      apiFetch<{ latestDeployment: number | null; changes: DeploymentChanges }>(
        `/api/v1/apps/${encodeURIComponent(appId)}/deploy/changes`,
        { signal },
      ),
    // Saves land all the time while editing: always ask again when the dialog opens.
    staleTime: 0,
  });
}

/**
 * A published package version, whole: what a module instance of the app is pinned to. The
 * editor needs the JS source and query modules to evaluate its draft pages. Versions are
 * immutable, so the answer never goes stale.
 */
export function pinnedPackageVersionQueryOptions(packageId: string, version: number) {
  return queryOptions({
    queryKey: appKeys.packageVersion(packageId, version),
    queryFn: ({ signal }) =>
      apiFetch<{ version: PackageVersion }>(
        `/api/v1/packages/${encodeURIComponent(packageId)}/versions/${version}`,
        { signal },
      ).then((r) => r.version),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Creates an app; the server gives it a first home page "Page1". */
export function createApp(workspaceId: string, body: AppBody): Promise<AppWithPages> {
  return apiFetch<AppWithPages>(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/apps`, {
    method: "POST",
    body,
  });
}

/** Renames an app, changes its slug, who may view it or its title and navigation. */
export function updateApp(appId: string, body: Partial<AppBody> & { settings?: AppSettings }): Promise<App> {
  return apiFetch<{ app: App }>(`/api/v1/apps/${encodeURIComponent(appId)}`, { method: "PATCH", body }).then(
    (r) => r.app,
  );
}

export function deleteApp(appId: string): Promise<void> {
  return apiFetch<void>(`/api/v1/apps/${encodeURIComponent(appId)}`, { method: "DELETE" });
}

/** Snapshots every page draft and the pinned package versions into a new deployment. */
export function deployApp(appId: string): Promise<Deployment> {
  return apiFetch<{ deployment: Deployment }>(`/api/v1/apps/${encodeURIComponent(appId)}/deploy`, {
    method: "POST",
  }).then((r) => r.deployment);
}
