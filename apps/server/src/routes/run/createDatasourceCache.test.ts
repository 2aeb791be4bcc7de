import { describe, expect, it } from "vitest";
import { datasourceCreator } from "../../commands/datasourceCreator";
import { workspaceCreator } from "../../commands/workspaceCreator";
import { sealDatasourceConfig } from "../../datasources/sealDatasourceConfig";
import { createSecretBox } from "../../secrets/createSecretBox";
import { insertUser } from "../../test/insertUser";
import { restOf } from "../../test/restOf";
import { startTestServer } from "../../test/testServer";
import { createDatasourceCache } from "./createDatasourceCache";

describe("createDatasourceCache", async () => {
  const { store } = await startTestServer();
  const box = createSecretBox(Buffer.alloc(32, 1));
  await insertUser(store, { id: "u" });
  const workspace = await workspaceCreator(store, { name: "W", userId: "u" });
  const created = await datasourceCreator(store, box, workspace.id, {
    name: "Auth",
    baseUrl: "http://localhost:3001/auth/v1",
    headers: [{ name: "apikey", value: "first-secret", secret: true }],
    timeoutMs: 1000,
  });
  const cached = createDatasourceCache(store, box);
  const load = async (id: string, workspaceId?: string) => cached(id, workspaceId, await store.version());

  it("returns the same decrypted datasource while the store is unchanged", async () => {
    const first = await load(created.id, workspace.id);
    expect(restOf(first)?.headers).toEqual([{ name: "apikey", value: "first-secret", secret: true }]);
    expect(await load(created.id, workspace.id)).toBe(first);
  });

  it("keeps the decrypted datasource across writes that leave it unchanged", async () => {
    const before = await load(created.id);
    const versionBefore = await store.version();
    await store.workspaces.rename(workspace.id, "W2", new Date().toISOString());
    expect(await store.version()).not.toBe(versionBefore);
    expect(await load(created.id)).toBe(before);
  });

  it("reloads after an edit, even within the same timestamp", async () => {
    const before = await load(created.id);
    const { config } = sealDatasourceConfig(box, created.id, {
      name: "Auth",
      baseUrl: "http://localhost:3001/auth/v1",
      headers: [{ name: "apikey", value: "second", secret: true }],
      timeoutMs: 1000,
    });
    await store.datasources.replaceConfig(created.id, config);
    const after = await load(created.id);
    expect(after).not.toBe(before);
    expect(restOf(after)?.headers[0].value).toBe("second");
  });

  it("hides a datasource of another workspace", async () => {
    expect(await load(created.id, "another-workspace")).toBeNull();
    expect(await load("missing")).toBeNull();
  });
});
