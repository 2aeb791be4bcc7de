import { queryOptions } from "@tanstack/react-query";
import type { ModuleInput, PackageInterface } from "@tessera/model";
import { apiFetch } from "./client";

/** A module of the latest published version of a package: what an app can instantiate. */
export type PublishedJsModule = {
  packageId: string;
  packageName: string;
  moduleName: string;
  version: number;
  inputs: ModuleInput[];
};

/** The JS (or query) modules a workspace's apps can add as instances. */
export const publishedJsModulesQueryOptions = (workspaceId: string, kind: "js" | "query" = "js") =>
  queryOptions({
    queryKey: ["workspaces", workspaceId, `${kind}-modules`],
    queryFn: async () =>
      (
        await apiFetch<{ modules: PublishedJsModule[] }>(
          `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/${kind}-modules`,
        )
      ).modules,
  });

/**
 * The interface a published package version offers (inputs with types, JS functions with
 * their parameters, query members): what completion offers after `Login1.` or `Users1.`.
 */
export const packageInterfaceQueryOptions = (packageId: string, version: number) =>
  queryOptions({
    queryKey: ["packages", packageId, "versions", version, "interface"],
    queryFn: async () =>
      (
        await apiFetch<{ interface: PackageInterface }>(
          `/api/v1/packages/${encodeURIComponent(packageId)}/versions/${version}/interface`,
        )
      ).interface,
    // A version never changes, nor does its interface.
    staleTime: Number.POSITIVE_INFINITY,
  });
