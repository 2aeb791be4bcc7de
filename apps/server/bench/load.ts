// Sustained load through the platform: 50 clients signing in via POST /api/v1/run for 10 s.
// Every answer must be a 200 (no errors), and the platform's memory is shown before, after,
// and after a full GC, to spot a leak per request.
import { startBenchStack } from "./benchStack";
import { runLoad } from "./runLoad";

const stack = await startBenchStack();
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const show = (label: string, m: { rss: number; heapUsed: number }) =>
  console.log(`  ${label.padEnd(18)} rss ${mib(m.rss).padStart(10)}  heap ${mib(m.heapUsed).padStart(10)}`);

try {
  const request = {
    url: new URL(`${stack.platformUrl}/api/v1/run`),
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      scope: "deployment",
      appId: stack.appId,
      pageId: stack.pageId,
      instance: "Login1",
      query: "sign_in",
      values: { "inputs.email": "demo@example.com", "inputs.password": "password123" },
    }),
  };
  await runLoad(request, { concurrency: 4, maxRequests: 300, maxMs: 5000, expectStatus: 200 });
  const before = await stack.platformMemory(true);
  const result = await runLoad(request, {
    concurrency: 50,
    maxRequests: Number.POSITIVE_INFINITY,
    maxMs: 10_000,
    expectStatus: 200,
  });
  const after = await stack.platformMemory(false);
  const afterGc = await stack.platformMemory(true);

  console.log(
    `\n50 clients for ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.requests} requests, ` +
      `${result.perSecond.toFixed(0)} req/s, median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms`,
  );
  console.log(`  errors: ${result.errors}${result.errors ? ` ${JSON.stringify(result.unexpected)}` : ""}`);
  console.log("  platform memory:");
  show("before", before);
  show("after", after);
  show("after GC", afterGc);
  if (!afterGc.gcAvailable) console.log("  (the platform ran without --expose-gc: no forced GC)");
  const perRequest = (afterGc.heapUsed - before.heapUsed) / Math.max(1, result.requests);
  console.log(`  heap retained per request after GC: ${perRequest.toFixed(1)} bytes`);
  if (result.errors > 0) process.exitCode = 1;
} finally {
  stack.stop();
}
