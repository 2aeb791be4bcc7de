import type { DeploymentSnapshot, RunBody } from "@tessera/model";
import { describe, expect, it } from "vitest";
import type { Store } from "../../store/Store";
import { pingPageDoc } from "../../test/pageDocs";
import { createRunnableQueryFinder } from "./findRunnableQuery";

const snapshot: DeploymentSnapshot = {
  pages: [
    {
      id: "p1",
      name: "Page",
      slug: "page",
      isHome: true,
      ...pingPageDoc("ds"),
    },
  ],
  packages: [],
  datasources: [],
};

/** A store answering the run path's reads from `state`, counting them. */
function fakeStore(state: { isPublic: boolean; role: "viewer" | null; appReadDelay?: Promise<void> }) {
  const reads: string[] = [];
  const store = {
    apps: {
      findById: async () => {
        reads.push("app");
        const found = { workspaceId: "w", isPublic: state.isPublic, latestDeployment: 1 };
        const delay = state.appReadDelay;
        state.appReadDelay = undefined;
        await delay;
        return found;
      },
    },
    deployments: {
      findSnapshotForRun: async () => {
        reads.push("snapshot");
        return snapshot;
      },
    },
    workspaces: {
      findRole: async () => {
        reads.push("role");
        return state.role;
      },
    },
  } as unknown as Store;
  return { store, reads };
}

const body: RunBody = { scope: "deployment", appId: "a", pageId: "p1", query: "ping", values: {} };
const user = { id: "u", email: "u@x.y", name: "U", isInstanceAdmin: false };

describe("createRunnableQueryFinder", () => {
  it("reads nothing for a run under an unchanged store version", async () => {
    const { store, reads } = fakeStore({ isPublic: false, role: "viewer" });
    const find = createRunnableQueryFinder(store);
    expect((await find(body, user, "v1")).config).toMatchObject({ path: "/" });
    expect(reads).toEqual(["app", "role", "snapshot"]);
    await find(body, user, "v1");
    expect(reads).toHaveLength(3);
  });

  it("reads the app and the role again after a write, but never the immutable snapshot", async () => {
    const state = { isPublic: false, role: "viewer" as "viewer" | null };
    const { store, reads } = fakeStore(state);
    const find = createRunnableQueryFinder(store);
    await find(body, user, "v1");
    state.role = null;
    await expect(find(body, user, "v2")).rejects.toMatchObject({ status: 404 });
    expect(reads).toEqual(["app", "role", "snapshot", "app", "role"]);
  });

  it("keeps nothing while the version is null (a transaction of this process is open)", async () => {
    const { store, reads } = fakeStore({ isPublic: true, role: null });
    const find = createRunnableQueryFinder(store);
    await find(body, null, null);
    await find(body, null, null);
    expect(reads.filter((read) => read === "app")).toHaveLength(2);
  });

  it("does not keep what a run read under an older version once a newer one was seen", async () => {
    let finishOlderRead = () => {};
    const state = {
      isPublic: true,
      role: null,
      appReadDelay: new Promise<void>((resolve) => {
        finishOlderRead = resolve;
      }),
    };
    const { store, reads } = fakeStore(state);
    const find = createRunnableQueryFinder(store);
    // The first run's app read (public) is answered only after a run under a newer version
    // (after the app turned private) read and kept its own.
    const older = find(body, null, "v1");
    state.isPublic = false;
    await expect(find(body, null, "v2")).rejects.toMatchObject({ status: 401 });
    finishOlderRead();
    await older;
    await expect(find(body, null, "v2")).rejects.toMatchObject({ status: 401 });
    expect(reads.filter((read) => read === "app")).toHaveLength(2);
  });
});
