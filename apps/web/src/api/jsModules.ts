import { queryOptions } from "@tanstack/react-query";
import type { ModuleInput } from "@tessera/model";
import { apiFetch } from "./client";

/** A JS module of the latest published version of a package: what an app can instantiate. */
export type PublishedJsModule = {
  packageId: string;
  packageName: string;
  moduleName: string;
  version: number;
  inputs: ModuleInput[];
};

/** The JS modules a workspace's apps can add as instances. */
export const publishedJsModulesQueryOptions = (workspaceId: string) =>
  queryOptions({
    queryKey: ["workspaces", workspaceId, "js-modules"],
    queryFn: async () =>
      (
        await apiFetch<{ modules: PublishedJsModule[] }>(
          `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/js-modules`,
        )
      ).modules,
  });
