import type { DeploymentSnapshot, ModuleBody, PageDoc } from "@tessera/model";
import { newId } from "../../db/newId";
import type { Db } from "../../db/openDatabase";
import { deploymentDatasources } from "../../deployments/deploymentDatasources";

/**
 * Test rows for runs, written straight to the store: a package with its draft modules and a
 * published version 1, and an app with one page and a deployment. Run tests then depend
 * only on the stored shapes (model schemas), not on the authoring endpoints.
 */
export function insertPackage(db: Db, workspaceId: string, modules: ModuleBody[]): { id: string } {
  const id = newId();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO packages (id, workspace_id, name, latest_version, created_at, updated_at)
     VALUES (?, ?, ?, 1, ?, ?)`,
  ).run(id, workspaceId, `Package ${id.slice(0, 6)}`, now, now);
  for (const module of modules) {
    db.prepare(
      `INSERT INTO modules (id, package_id, name, body_json, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    ).run(newId(), id, module.name, JSON.stringify(module), now, now);
  }
  db.prepare(
    "INSERT INTO package_versions (package_id, version, published_at, modules_json) VALUES (?, 1, ?, ?)",
  ).run(id, now, JSON.stringify(modules));
  return { id };
}

/**
 * An app with one page holding `doc`, deployed once with `packages` (or left undeployed). The
 * deployment records its datasources' origins as a deploy does, unless `recordDatasources`
 * is false (a snapshot from before deployments recorded them).
 */
export function insertApp(
  db: Db,
  workspaceId: string,
  options: {
    isPublic: boolean;
    doc: PageDoc;
    packages?: DeploymentSnapshot["packages"];
    deployed?: boolean;
    recordDatasources?: boolean;
  },
): { appId: string; pageId: string } {
  const appId = newId();
  const pageId = newId();
  const now = new Date().toISOString();
  const deployed = options.deployed ?? true;
  db.prepare(
    `INSERT INTO apps (id, workspace_id, name, slug, is_public, latest_deployment, created_at, updated_at)
     VALUES (?, ?, 'Login app', ?, ?, ?, ?, ?)`,
  ).run(
    appId,
    workspaceId,
    `app-${appId.slice(0, 8)}`,
    options.isPublic ? 1 : 0,
    deployed ? 1 : null,
    now,
    now,
  );
  db.prepare(
    `INSERT INTO pages (id, app_id, name, slug, sort_order, is_home, doc_json, revision, created_at, updated_at)
     VALUES (?, ?, 'LoginPage', 'loginpage', 0, 1, ?, 1, ?, ?)`,
  ).run(pageId, appId, JSON.stringify(options.doc), now, now);
  if (deployed) {
    const snapshot: DeploymentSnapshot = {
      pages: [{ id: pageId, name: "LoginPage", slug: "loginpage", isHome: true, ...options.doc }],
      packages: options.packages ?? [],
    };
    if (options.recordDatasources !== false) {
      snapshot.datasources = deploymentDatasources(db, workspaceId, snapshot);
    }
    db.prepare(
      "INSERT INTO deployments (app_id, version, deployed_at, snapshot_json) VALUES (?, 1, ?, ?)",
    ).run(appId, now, JSON.stringify(snapshot));
  }
  return { appId, pageId };
}
