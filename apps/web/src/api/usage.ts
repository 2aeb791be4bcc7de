import { queryOptions } from "@tanstack/react-query";
import type { BreakingUse, PackageChangeSummary, PackageUsage } from "@tessera/model";
import { apiFetch } from "./client";

const base = (packageId: string) => `/api/v1/packages/${encodeURIComponent(packageId)}`;

/**
 * Where each version of a package is used (app, page, instance, draft or deployed). The key
 * sits under the versions key, so what invalidates the versions after a publish refreshes it.
 */
export const packageUsageQueryOptions = (packageId: string) =>
  queryOptions({
    queryKey: ["packages", packageId, "versions", "usage"],
    queryFn: async () => (await apiFetch<PackageUsage>(`${base(packageId)}/usage`)).versions,
  });

/**
 * What changes from version `from` to version `to` of a package. Versions are immutable, so
 * a summary between two published versions never goes stale.
 */
export const packageChangeQueryOptions = (packageId: string, from: number, to: number) =>
  queryOptions({
    queryKey: ["packages", packageId, "versions", from, "diff", to],
    queryFn: async () =>
      (await apiFetch<{ summary: PackageChangeSummary }>(`${base(packageId)}/versions/${from}/diff/${to}`))
        .summary,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The app uses that publishing the package's current draft would break. */
export const breakingChangesQueryOptions = (packageId: string) =>
  queryOptions({
    queryKey: ["packages", packageId, "breaking-changes"],
    queryFn: async () =>
      (await apiFetch<{ affected: BreakingUse[] }>(`${base(packageId)}/breaking-changes`)).affected,
  });
