import {
  breakingUseSchema,
  idSchema,
  type ModuleBody,
  packageChangeSummarySchema,
  packageUsageSchema,
} from "@tessera/model";
import { z } from "zod";
import { breakingChangeFinder } from "../../commands/breakingChangeFinder";
import { notFound } from "../../errors";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
import type { Repositories } from "../../store/Store";
import { listPackageUses } from "../../usage/listPackageUses";
import { summarizePackageChange } from "../../usage/summarizePackageChange";
import { packageParams } from "../routeParams";

const versionNumber = z.coerce.number().int().min(1).max(1_000_000);
const diffParams = z.object({
  packageId: idSchema,
  from: versionNumber,
  /** A version number, or `draft` for what the next publish would hold. */
  to: z.union([z.literal("draft"), versionNumber]),
});

async function modulesOf(
  repos: Repositories,
  packageId: string,
  version: number | "draft",
): Promise<{ modules: ModuleBody[] }> {
  if (version === "draft") {
    return { modules: (await repos.packages.listModules(packageId)).map((module) => module.body) };
  }
  const published = await repos.packages.findVersion(packageId, version);
  if (!published) throw notFound(`Version ${version}`);
  return { modules: published.modules };
}

/** Where a package's versions are used, what changes between versions, and what a publish would break. */
export function usageRoutes(api: ApiRegistry): void {
  const { store } = api.context;

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/usage",
    summary: "Where each version of a package is used: app, page, instance, draft or deployed",
    auth: "member:developer",
    params: packageParams,
    response: packageUsageSchema,
    handler: async ({ params }) => {
      const uses = await listPackageUses(store, params.packageId);
      const published = await store.packages.listVersionNumbers(params.packageId);
      const versions = [...new Set([...published, ...uses.map((use) => use.version)])].sort((a, b) => b - a);
      return {
        versions: versions.map((version) => ({
          version,
          uses: uses
            .filter((use) => use.version === version)
            .map(({ version: _v, instanceInputs: _i, doc: _d, entity: _e, ...use }) => use),
        })),
      };
    },
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/versions/:from/diff/:to",
    summary: "What changes from one version to another (or to the draft): modules, inputs, JS functions",
    auth: "member:developer",
    params: diffParams,
    response: z.object({
      from: z.number(),
      to: z.union([z.number(), z.literal("draft")]),
      summary: packageChangeSummarySchema,
    }),
    handler: async ({ params }) => ({
      from: params.from,
      to: params.to,
      summary: summarizePackageChange(
        await modulesOf(store, params.packageId, params.from),
        await modulesOf(store, params.packageId, params.to),
      ),
    }),
  });

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/breaking-changes",
    summary: "The app uses that publishing the current draft would break",
    auth: "member:developer",
    params: packageParams,
    response: z.object({ affected: z.array(breakingUseSchema) }),
    handler: async ({ params }) => ({ affected: await breakingChangeFinder(store, params.packageId) }),
  });
}
