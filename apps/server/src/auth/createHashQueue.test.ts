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

describe("createHashQueue", () => {
  it("keeps a slot for trusted sign-ins however many suspect hashes wait", async () => {
    const queue = createHashQueue({ concurrency: 2, maxWaiting: 4, suspectMaxWaiting: 3 });
    const held = gate();
    const started: string[] = [];
    const suspects = Array.from({ length: 4 }, (_, i) =>
      queue.run("suspect", async () => {
        started.push(`suspect${i}`);
        await held.opened;
      }),
    );
    const trusted = queue.run("trusted", async () => {
      started.push("trusted");
      return "ok";
    });
    expect(await trusted).toBe("ok");
    expect(started).toEqual(["suspect0", "trusted"]);
    held.open();
    await Promise.all(suspects);
    expect(started).toHaveLength(5);
  });

  it("answers 503 with Retry-After when a lane's queue is full", async () => {
    const queue = createHashQueue({ concurrency: 2, maxWaiting: 4, suspectMaxWaiting: 1 });
    const held = gate();
    const running = [queue.run("suspect", () => held.opened), queue.run("suspect", () => held.opened)];
    const refused = await queue.run("suspect", async () => "never").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 503, code: "busy", headers: { "Retry-After": "1" } });
    held.open();
    await Promise.all(running);
  });
});
