import http from "node:http";

/** One request as the load generator sends it. */
export interface LoadRequest {
  method?: "GET" | "POST";
  url: URL;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  /** Every answer's latency in ms, sorted. */
  latencies: number[];
  requests: number;
  errors: number;
  /** Statuses other than the expected one, with counts. */
  unexpected: Record<string, number>;
  elapsedMs: number;
  medianMs: number;
  p95Ms: number;
  perSecond: number;
}

/**
 * Sends requests (POST unless said otherwise) from `concurrency` clients, each waiting for its answer before the
 * next, until `maxRequests` were sent or `maxMs` passed. Keep-alive sockets, one per client,
 * as browsers behind a load balancer would hold them.
 */
export async function runLoad(
  request: LoadRequest,
  options: { concurrency: number; maxRequests: number; maxMs: number; expectStatus: number },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const unexpected: Record<string, number> = {};
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;

  const once = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.request(
        request.url,
        { method: request.method ?? "POST", agent, headers: request.headers },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(performance.now() - t0);
            if (res.statusCode !== options.expectStatus) {
              errors += 1;
              unexpected[String(res.statusCode)] = (unexpected[String(res.statusCode)] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      req.on("error", (error) => {
        errors += 1;
        unexpected[error.message] = (unexpected[error.message] ?? 0) + 1;
        resolve();
      });
      req.end(request.body);
    });

  const client = async () => {
    while (sent < options.maxRequests && performance.now() < deadline) {
      sent += 1;
      await once();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return summarize([{ latencies, errors, unexpected, elapsedMs }]);
}

/** One result from several runs of the same request: all latencies, summed time. */
export function summarize(
  runs: { latencies: number[]; errors: number; unexpected: Record<string, number>; elapsedMs: number }[],
): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const elapsedMs = runs.reduce((sum, r) => sum + r.elapsedMs, 0);
  const unexpected: Record<string, number> = {};
  for (const run of runs) {
    for (const [key, count] of Object.entries(run.unexpected))
      unexpected[key] = (unexpected[key] ?? 0) + count;
  }
  return {
    latencies,
    requests: latencies.length,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    unexpected,
    elapsedMs,
    medianMs: latencies[Math.floor(latencies.length / 2)] ?? Number.NaN,
    p95Ms: latencies[Math.floor(latencies.length * 0.95)] ?? Number.NaN,
    perSecond: (latencies.length / elapsedMs) * 1000,
  };
}
