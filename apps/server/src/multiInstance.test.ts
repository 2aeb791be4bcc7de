import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginModule, signInModule } from "./test/moduleBodies";
import { loginPageDoc } from "./test/pageDocs";
import { signUp } from "./test/signUp";
import { type Cluster, clusterUnavailable, startCluster } from "./test/startCluster";
import { startUpstream } from "./test/startUpstream";
import { TestClient, type TestResponse } from "./test/TestClient";

/**
 * A client on another address that sends `from`'s session cookie: the same browser, its
 * requests answered by another instance.
 */
class SameSession extends TestClient {
  constructor(
    url: string,
    private readonly from: TestClient,
  ) {
    super(url);
  }

  override request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const token = this.from.sessionCookie();
    return super.request(
      method,
      path,
      body,
      token ? { cookie: `tessera_session=${token}`, ...headers } : headers,
    );
  }
}

const skip = clusterUnavailable();
if (skip) console.warn(`multiInstance.test.ts skipped: ${skip}`);

describe.skipIf(skip)("two instances on one PostgreSQL database behind nginx", () => {
  let cluster: Cluster;
  /** The seeded admin, signed in through instance A, and the same session on B. */
  let a: TestClient;
  let b: TestClient;
  let workspaceId: string;

  beforeAll(async () => {
    cluster = await startCluster({ adminUrl: process.env.TEST_DATABASE_URL });
    a = new TestClient(cluster.instances[0].url);
    const login = await a.post("/api/v1/auth/login", cluster.admin);
    expect(login.status).toBe(200);
    b = new SameSession(cluster.instances[1].url, a);
    const workspace = await a.post("/api/v1/workspaces", { name: "Cluster" });
    expect(workspace.status).toBe(201);
    workspaceId = workspace.body.workspace.id;
  }, 60_000);
  afterAll(() => cluster?.close());

  it("accepts a session made by one instance on the other, and ends it everywhere", async () => {
    const user = new TestClient(cluster.instances[0].url);
    const { email } = await signUp(user);
    const elsewhere = new SameSession(cluster.instances[1].url, user);
    const me = await elsewhere.get("/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);

    expect((await elsewhere.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await new SameSession(cluster.instances[0].url, user).get("/api/v1/auth/me")).status).toBe(401);
  });

  it("lets exactly one of 20 concurrent saves of a page document through, on either instance", async () => {
    const created = await b.post(`/api/v1/workspaces/${workspaceId}/apps`, { name: "Race" });
    expect(created.status).toBe(201);
    const path = `/api/v1/apps/${created.body.app.id}/pages/${created.body.pages[0].id}/doc`;
    const draft = await a.get(path);
    expect(draft.status).toBe(200);

    const docOf = (i: number) => {
      const doc = loginPageDoc({ datasourceId: null });
      doc.widgets[0].props = { label: `Save ${i}` };
      return doc;
    };
    const saves = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? b : a).put(path, { revision: draft.body.revision, doc: docOf(i) }),
      ),
    );
    const statuses = saves.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);

    const winner = statuses.indexOf(200);
    const stored = await b.get(path);
    expect(stored.body.revision).toBe(draft.body.revision + 1);
    expect(stored.body.doc.widgets[0].props.label).toBe(`Save ${winner}`);
  });

  it("gives concurrent publishes through both instances consecutive version numbers", async () => {
    const pkg = await a.post(`/api/v1/workspaces/${workspaceId}/packages`, { name: "Auth" });
    expect(pkg.status).toBe(201);
    const packageId = pkg.body.package.id;
    expect((await b.post(`/api/v1/packages/${packageId}/modules`, loginModule())).status).toBe(201);

    const published: number[] = [];
    for (let round = 0; round < 3; round++) {
      const pair = await Promise.all([
        a.post(`/api/v1/packages/${packageId}/publish`),
        b.post(`/api/v1/packages/${packageId}/publish`),
      ]);
      expect(pair.map((res) => res.status)).toEqual([201, 201]);
      published.push(...pair.map((res) => res.body.version.version as number));
    }
    expect([...published].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    const versions = await b.get(`/api/v1/packages/${packageId}/versions`);
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it("counts failed logins on either instance against one limit", async () => {
    const { email } = await signUp(new TestClient(cluster.instances[1].url));
    const attempt = (i: number) =>
      new TestClient(cluster.instances[i % 2].url).post("/api/v1/auth/login", {
        email,
        password: "wrong-guess",
      });
    // A client gets three free failures on an account, then waits after each further one
    // (loginLimiter): the fourth failure, wherever it lands, blocks the client on both. Counted
    // per instance, A would still be on its third failure at attempt 4 and B on its second.
    for (let i = 0; i < 4; i++) expect((await attempt(i)).status).toBe(401);
    expect((await attempt(4)).status).toBe(429);
    expect((await attempt(5)).status).toBe(429);
  });

  it("runs the next query through one instance with the datasource as just edited through the other", async () => {
    const upstream = await startUpstream();
    const body = (edition: string, apikey: string) => ({
      name: "Cluster API",
      baseUrl: `${upstream.url}/auth/v1`,
      headers: [
        { name: "apikey", value: apikey, secret: true },
        { name: "X-Edition", value: edition },
      ],
    });
    const datasource = await a.post(
      `/api/v1/workspaces/${workspaceId}/datasources`,
      body("one", "sk-cluster-1"),
    );
    expect(datasource.status).toBe(201);
    const datasourceId = datasource.body.datasource.id;
    const pkg = (await a.post(`/api/v1/workspaces/${workspaceId}/packages`, { name: "Remote" })).body.package;
    expect((await a.post(`/api/v1/packages/${pkg.id}/modules`, signInModule(datasourceId))).status).toBe(201);
    const run = async () => {
      const res = await b.post("/api/v1/run", {
        scope: "package",
        packageId: pkg.id,
        version: null,
        query: "sign_in",
      });
      expect(res.status).toBe(200);
      expect(res.body.ok).toBe(true);
      return upstream.received.at(-1)?.headers;
    };

    // B decrypts what A sealed (one TESSERA_SECRET_KEY), and caches the datasource.
    expect(await run()).toMatchObject({ apikey: "sk-cluster-1", "x-edition": "one" });
    expect((await a.put(`/api/v1/datasources/${datasourceId}`, body("two", "sk-cluster-2"))).status).toBe(
      200,
    );
    expect(await run()).toMatchObject({ apikey: "sk-cluster-2", "x-edition": "two" });
  });

  // Last: it leaves one instance standing.
  it("keeps every acknowledged write when an instance is killed mid-burst, and serves from the other", async () => {
    const lb = new TestClient(cluster.url);
    expect((await lb.post("/api/v1/auth/login", cluster.admin)).status).toBe(200);
    const writes: { name: string; status: number; afterKill: boolean }[] = [];
    let killed = false;
    /** Set once the killed process is gone, so a write sent after that cannot have reached it. */
    let gone = false;
    let next = 0;
    const TOTAL = 60;
    const worker = async () => {
      while (next < TOTAL) {
        const name = `Burst ${next++}`;
        const afterKill = gone;
        const res = await lb.post("/api/v1/workspaces", { name });
        writes.push({ name, status: res.status, afterKill });
        if (!killed && writes.filter((w) => w.status === 201).length === 15) {
          killed = true;
          await cluster.kill(1);
          gone = true;
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);

    const acknowledged = writes.filter((w) => w.status === 201).map((w) => w.name);
    const listed = await lb.get("/api/v1/workspaces");
    expect(listed.status).toBe(200);
    const names = new Set(listed.body.workspaces.map((w: { name: string }) => w.name));
    expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
    // Writes sent once the instance was gone all went to the other one (only those in flight
    // at the kill may fail).
    const afterKill = writes.filter((w) => w.afterKill);
    expect(afterKill.length).toBeGreaterThan(20);
    expect(
      afterKill.filter((w) => w.status !== 201),
      cluster.nginxErrors(),
    ).toEqual([]);
    for (let i = 0; i < 4; i++) expect((await lb.get("/api/v1/auth/me")).status).toBe(200);
  }, 30_000);
});
