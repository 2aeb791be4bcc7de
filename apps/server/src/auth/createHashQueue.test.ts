import { describe, expect, it } from "vitest";
import { ApiError } from "../errors";
import { createHashQueue } from "./createHashQueue";

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/** Two slots, four waiting, two trusted hashes per client; `suspectMaxWaiting` as the test needs. */
function smallQueue(suspectMaxWaiting: number) {
  return createHashQueue({ concurrency: 2, maxWaiting: 4, suspectMaxWaiting, trustedPerClient: 2 });
}

describe("createHashQueue", () => {
  it("keeps a slot for trusted sign-ins however many suspect hashes wait", async () => {
    const queue = smallQueue(3);
    const held = gate();
    const started: string[] = [];
    const suspects = Array.from({ length: 4 }, (_, i) =>
      queue.run("suspect", "10.0.0.1", async () => {
        started.push(`suspect${i}`);
        await held.opened;
      }),
    );
    const trusted = queue.run("trusted", "10.0.0.2", async () => {
      started.push("trusted");
      return "ok";
    });
    expect(await trusted).toBe("ok");
    expect(started).toEqual(["suspect0", "trusted"]);
    held.open();
    await Promise.all(suspects);
    expect(started).toHaveLength(5);
  });

  it("moves a client's third concurrent trusted hash to the suspect lane", async () => {
    const queue = smallQueue(3);
    const held = gate();
    const started: string[] = [];
    const burst = ["a", "b", "c", "d"].map((name) =>
      queue.run("trusted", "10.6.6.6", async () => {
        started.push(name);
        await held.opened;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    // a and b hold both slots; c and d wait in the suspect lane, not ahead of other clients.
    expect(started).toEqual(["a", "b"]);
    const other = queue.run("trusted", "10.0.0.2", async () => started.push("other"));
    held.open();
    await Promise.all([...burst, other]);
    expect(started.indexOf("other")).toBeLessThan(started.indexOf("d"));
  });

  it("answers 503 with Retry-After when a lane's queue is full", async () => {
    const queue = smallQueue(1);
    const held = gate();
    const running = [
      queue.run("suspect", "10.0.0.1", () => held.opened),
      queue.run("suspect", "10.0.0.1", () => held.opened),
    ];
    const refused = await queue
      .run("suspect", "10.0.0.1", async () => "never")
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 503, code: "busy", headers: { "Retry-After": "1" } });
    held.open();
    await Promise.all(running);
  });
});
