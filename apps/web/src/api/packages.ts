import { queryOptions } from "@tanstack/react-query";
import type { DraftModule, ModuleBody, Package, PackageVersion } from "@tessera/model";
import { apiFetch } from "./client";

const base = (packageId: string) => `/api/v1/packages/${encodeURIComponent(packageId)}`;

/** The packages of a workspace. */
export const packagesQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: ["workspaces", workspaceId, "packages"],
    queryFn: async () =>
      (
        await apiFetch<{ packages: Package[] }>(
          `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/packages`,
        )
      ).packages,
  });

/** A package with its draft modules. */
export const packageQueryOptions = (packageId: string) =>
  queryOptions({
    queryKey: ["packages", packageId],
    queryFn: () => apiFetch<{ package: Package; modules: DraftModule[] }>(base(packageId)),
  });

/** A package version as the version list shows it. */
export type PackageVersionSummary = { version: number; publishedAt: string; moduleCount: number };

/** The published versions of a package, newest first as the server lists them. */
export const packageVersionsQueryOptions = (packageId: string) =>
  queryOptions({
    queryKey: ["packages", packageId, "versions"],
    queryFn: async () =>
      (await apiFetch<{ versions: PackageVersionSummary[] }>(`${base(packageId)}/versions`)).versions,
  });

export async function createPackage(workspaceId: string, name: string): Promise<Package> {
  const { package: created } = await apiFetch<{ package: Package }>(
    `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/packages`,
    { method: "POST", body: { name } },
  );
  return created;
}

export async function renamePackage(packageId: string, name: string): Promise<void> {
  await apiFetch(base(packageId), { method: "PATCH", body: { name } });
}

/** Refused with 409 (the message names the app) when a deployed app uses the package. */
export async function deletePackage(packageId: string): Promise<void> {
  await apiFetch(base(packageId), { method: "DELETE" });
}

export async function createModule(packageId: string, module: ModuleBody): Promise<DraftModule> {
  const { module: created } = await apiFetch<{ module: DraftModule }>(`${base(packageId)}/modules`, {
    method: "POST",
    body: module,
  });
  return created;
}

/** Saves a draft module; 409 `stale_revision` when another tab saved since `revision`. */
export async function saveModule(
  packageId: string,
  moduleId: string,
  revision: number,
  module: ModuleBody,
): Promise<DraftModule> {
  const { module: saved } = await apiFetch<{ module: DraftModule }>(
    `${base(packageId)}/modules/${encodeURIComponent(moduleId)}`,
    { method: "PUT", body: { revision, module } },
  );
  return saved;
}

export async function deleteModule(packageId: string, moduleId: string): Promise<void> {
  await apiFetch(`${base(packageId)}/modules/${encodeURIComponent(moduleId)}`, { method: "DELETE" });
}

/**
 * Publishes the draft as the next version. Refused with 409 `breaking_change` (listing the
 * `affected` uses) when apps use something the draft drops, unless `confirm` is set.
 */
export async function publishPackage(packageId: string, confirm = false): Promise<PackageVersion> {
  const { version } = await apiFetch<{ version: PackageVersion }>(`${base(packageId)}/publish`, {
    method: "POST",
    body: confirm ? { confirm: true } : undefined,
  });
  return version;
}
