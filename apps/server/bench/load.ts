// Sustained load through the platform: 50 clients signing in via POST /api/v1/run for 10 s.
// Every answer must be a 200 (no errors), and the platform's memory is shown before, after,
// and after a full GC, to spot a leak per request.
import { reportTarget } from "../../../scripts/lib/benchTarget.mjs";
import { signInRunRequest, startBenchStack } from "./support/benchStack";
import { runLoad, summarize } from "./support/runLoad";

const stack = await startBenchStack();
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const show = (label: string, m: { rss: number; heapUsed: number }) =>
  console.log(`  ${label.padEnd(18)} rss ${mib(m.rss).padStart(10)}  heap ${mib(m.heapUsed).padStart(10)}`);

try {
  const request = signInRunRequest(stack);

  await runLoad(request, { concurrency: 4, maxRequests: 300, maxMs: 5000, expectStatus: 200 });
  const before = await stack.platformMemory(true);
  // Two halves with a GC'd reading between them: growth that repeats in the second half is a
  // leak, growth only in the first is warm-up (compiled code, caches, pools).
  const half = { concurrency: 50, maxRequests: Number.POSITIVE_INFINITY, maxMs: 5_000, expectStatus: 200 };
  const first = await runLoad(request, half);
  const middle = await stack.platformMemory(true);
  const second = await runLoad(request, half);
  const after = await stack.platformMemory(false);
  const afterGc = await stack.platformMemory(true);
  const result = summarize([first, second]);

  console.log(
    `\n50 clients for ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.requests} requests, ` +
      `${result.perSecond.toFixed(0)} req/s, median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms`,
  );
  console.log(`  errors: ${result.errors}${result.errors ? ` ${JSON.stringify(result.unexpected)}` : ""}`);
  console.log("  platform memory:");
  show("before", before);
  show("half-way, after GC", middle);
  show("after", after);
  show("after GC", afterGc);
  if (!afterGc.gcAvailable) console.log("  (the platform ran without --expose-gc: no forced GC)");
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(
    `  heap growth after GC: first half ${kib(middle.heapUsed - before.heapUsed)} (${first.requests} requests), ` +
      `second half ${kib(afterGc.heapUsed - middle.heapUsed)} (${second.requests} requests)`,
  );
  reportTarget({
    name: "errors among runs at 50 clients for 10 s",
    figure: String(result.errors),
    target: "0",
    met: result.errors === 0,
  });
} finally {
  await stack.stop();
}
