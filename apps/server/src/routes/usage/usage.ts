import {
  breakingUseSchema,
  idSchema,
  type ModuleBody,
  packageChangeSummarySchema,
  packageUsageSchema,
} from "@tessera/model";
import { z } from "zod";
import { breakingChangeFinder } from "../../commands/breakingChangeFinder";
import type { Db } from "../../db/openDatabase";
import { notFound } from "../../errors";
import type { ModuleRow, PackageVersionRow } from "../../packages/packageRows";
import type { ApiRegistry } from "../../registry/apiRegistry";
import { route } from "../../registry/route";
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

function modulesOf(db: Db, packageId: string, version: number | "draft"): { modules: ModuleBody[] } {
  if (version === "draft") {
    const rows = db
      .prepare("SELECT body_json FROM modules WHERE package_id = ? ORDER BY created_at, name")
      .all(packageId) as Pick<ModuleRow, "body_json">[];
    return { modules: rows.map((row) => JSON.parse(row.body_json)) };
  }
  const row = db
    .prepare("SELECT modules_json FROM package_versions WHERE package_id = ? AND version = ?")
    .get(packageId, version) as Pick<PackageVersionRow, "modules_json"> | undefined;
  if (!row) throw notFound(`Version ${version}`);
  return { modules: JSON.parse(row.modules_json) };
}

/** Where a package's versions are used, what changes between versions, and what a publish would break. */
export function usageRoutes(api: ApiRegistry): void {
  const { db } = api.context;

  route(api, {
    method: "get",
    path: "/api/v1/packages/:packageId/usage",
    summary: "Where each version of a package is used: app, page, instance, draft or deployed",
    auth: "member:developer",
    params: packageParams,
    response: packageUsageSchema,
    handler: ({ params }) => {
      const uses = listPackageUses(db, params.packageId);
      const published = (
        db
          .prepare("SELECT version FROM package_versions WHERE package_id = ? ORDER BY version DESC")
          .all(params.packageId) as { version: number }[]
      ).map((row) => row.version);
      const versions = [...new Set([...published, ...uses.map((use) => use.version)])].sort((a, b) => b - a);
      return {
        versions: versions.map((version) => ({
          version,
          uses: uses.filter((use) => use.version === version).map(({ version: _v, ...use }) => use),
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
    handler: ({ params }) => ({
      from: params.from,
      to: params.to,
      summary: summarizePackageChange(
        modulesOf(db, params.packageId, params.from),
        modulesOf(db, params.packageId, params.to),
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
    handler: ({ params }) => ({ affected: breakingChangeFinder(db, params.packageId) }),
  });
}
