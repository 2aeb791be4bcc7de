import { describe, expect, it } from "vitest";
import { createSemaphore, SemaphoreFullError } from "./createSemaphore";

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("createSemaphore", () => {
  it("runs at most `concurrency` tasks at once, the rest in arrival order", async () => {
    const semaphore = createSemaphore({ concurrency: 2, maxWaiting: 10 });
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const done = gates.map((g, i) =>
      semaphore.run(async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(semaphore.load).toEqual({ running: 2, waiting: 2 });
    gates[1].open();
    await done[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3]);
    expect(semaphore.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a task when the queue is full, and frees the slot of a task that throws", async () => {
    const semaphore = createSemaphore({ concurrency: 1, maxWaiting: 1 });
    const g = gate();
    const first = semaphore.run(() => g.opened);
    const second = semaphore.run(async () => {
      throw new Error("boom");
    });
    await expect(semaphore.run(async () => 3)).rejects.toBeInstanceOf(SemaphoreFullError);
    g.open();
    await first;
    await expect(second).rejects.toThrow("boom");
    expect(await semaphore.run(async () => 4)).toBe(4);
    expect(semaphore.load).toEqual({ running: 0, waiting: 0 });
  });

  it("starts urgent waiting tasks ahead of the others", async () => {
    const semaphore = createSemaphore({ concurrency: 1, maxWaiting: 10 });
    const g = gate();
    const started: string[] = [];
    const first = semaphore.run(() => g.opened);
    const later = [
      semaphore.run(async () => started.push("plain")),
      semaphore.run(async () => started.push("urgent"), { urgent: true }),
    ];
    g.open();
    await Promise.all([first, ...later]);
    expect(started).toEqual(["urgent", "plain"]);
  });
});
