// The cost of running a query through the platform: the same demo-auth sign-in, sent straight
// to demo-auth and through POST /api/v1/run, at 1 and at 50 concurrent clients, on SQLite and,
// when BENCH_POSTGRES_URL names a throwaway cluster's superuser (npm run bench starts one), on
// PostgreSQL too.
// Targets (ARCHITECTURE/design): at most +1 ms median at 1 client, at least 0.5x throughput at
// 50; the platform's CPU per run (at 50 clients) at most 2x its CPU per GET /api/health; on
// PostgreSQL, the platform's CPU per run at most 1.5x SQLite's.
// On SQLite a bare Node proxy (support/bareProxyProcess.ts) takes its turns in the same rounds:
// its added median and CPU ratio, printed beside the platform's, are what node:http alone costs
// on this machine, the floor those targets are read against.
import { loadavg } from "node:os";
import { reportTarget } from "../../../scripts/lib/benchTarget.mjs";
import { type BenchStack, DEMO_CREDENTIALS, signInRunRequest, startBenchStack } from "./support/benchStack";
import { type LoadRequest, type LoadResult, runLoad, summarize } from "./support/runLoad";

const CONCURRENCIES = [1, 50] as const;
const MAX_POSTGRES_CPU_RATIO = 1.5;
const MAX_HEALTH_CPU_RATIO = 2;

interface StoreFigures {
  storeName: string;
  /** The platform's CPU per proxied run, in µs, by concurrency. */
  platformCpuPerRunUs: Record<number, number>;
  addedMedianMs: number;
  throughput: number;
  /** The platform's CPU per GET /api/health at 50 clients, in µs. */
  healthCpuUs: number;
  loadAverage: string;
  failed: boolean;
  /** The bare Node proxy's figures, measured beside the platform's (on SQLite only). */
  bare?: { addedMedianMs: number; cpuRatio: number };
}

const PATHS = ["direct", "proxied", "health", "bare", "bareHealth"] as const;
type Path = (typeof PATHS)[number];
/** Whose CPU a path's requests are counted against. */
const CPU_OF: Record<Path, "demoAuth" | "platform" | "bareProxy"> = {
  direct: "demoAuth",
  proxied: "platform",
  health: "platform",
  bare: "bareProxy",
  bareHealth: "bareProxy",
};

const signed = (ms: number) => `${ms >= 0 ? "+" : ""}${ms.toFixed(3)} ms`;

const format = (r: LoadResult) =>
  `median ${r.medianMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms, ${r.perSecond.toFixed(0)} req/s ` +
  `(${r.requests} requests in ${(r.elapsedMs / 1000).toFixed(1)} s, ${r.errors} errors)`;

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

async function measure(stack: BenchStack): Promise<StoreFigures> {
  const direct: LoadRequest = {
    url: new URL(`${stack.demoAuthUrl}/token?grant_type=password`),
    headers: { "content-type": "application/json", apikey: stack.apiKey },
    body: JSON.stringify(DEMO_CREDENTIALS),
  };
  const proxied = signInRunRequest(stack);
  const bare: LoadRequest | null = stack.bareProxyUrl
    ? { ...proxied, url: new URL(`${stack.bareProxyUrl}/api/v1/run`) }
    : null;
  // Context for the CPU figures: what any request costs the platform (middleware, router,
  // logging, the store's version read) with no run at all.
  const health: LoadRequest = {
    method: "GET",
    url: new URL(`${stack.platformUrl}/api/health`),
    headers: {},
    body: "",
  };

  const figures: StoreFigures = {
    storeName: stack.storeName,
    platformCpuPerRunUs: {},
    addedMedianMs: Number.NaN,
    throughput: Number.NaN,
    healthCpuUs: Number.NaN,
    loadAverage: loadAverage(),
    failed: false,
  };
  console.log(`\n--- on ${stack.storeName} (load average ${figures.loadAverage}) ---`);

  // Warm up JIT, connection pools and caches on both paths before measuring.
  await runLoad(direct, { concurrency: 4, maxRequests: 500, maxMs: 5000, expectStatus: 200 });
  await runLoad(proxied, { concurrency: 4, maxRequests: 500, maxMs: 5000, expectStatus: 200 });
  await runLoad(health, { concurrency: 4, maxRequests: 500, maxMs: 5000, expectStatus: 200 });
  if (bare) await runLoad(bare, { concurrency: 4, maxRequests: 500, maxMs: 5000, expectStatus: 200 });
  const requests: Record<Path, LoadRequest | null> = {
    direct,
    proxied,
    health,
    bare,
    bareHealth: stack.bareProxyUrl ? { ...health, url: new URL(`${stack.bareProxyUrl}/api/health`) } : null,
  };

  for (const concurrency of CONCURRENCIES) {
    // Alternating short rounds, so load from other processes on the machine weighs on both
    // paths alike; each path gets at most 2000 (1 client) or 20000 (50) requests or 10 s. Rounds
    // are long enough that the drain at the end of each (fewer clients left) weighs little.
    const rounds = 5;
    const total = concurrency === 1 ? 2000 : 20_000;
    const bounds = { concurrency, maxRequests: total / rounds, maxMs: 10_000 / rounds, expectStatus: 200 };
    // At 50 clients GET /api/health takes its turn in the same rounds: measured once after
    // the runs, cold and in one second, its figure moved between 136 and 290 µs from one run
    // of the benchmark to the next.
    const paths = PATHS.filter(
      (path) => requests[path] !== null && (concurrency > 1 || (path !== "health" && path !== "bareHealth")),
    );
    // Each path's CPU: demo-auth's, and that of the process it goes through.
    const cpu = Object.fromEntries(PATHS.map((path) => [path, { demoAuth: 0, proxy: 0 }])) as Record<
      Path,
      { demoAuth: number; proxy: number }
    >;
    const runs = Object.fromEntries(PATHS.map((path) => [path, []])) as unknown as Record<Path, LoadResult[]>;
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? paths : [...paths].reverse();
      for (const path of order) {
        const request = requests[path];
        if (!request) continue;
        const before = stack.cpuMs();
        runs[path].push(await runLoad(request, bounds));
        const after = stack.cpuMs();
        const through = CPU_OF[path];
        cpu[path].demoAuth += (after.demoAuth ?? 0) - (before.demoAuth ?? 0);
        if (through !== "demoAuth") cpu[path].proxy += (after[through] ?? 0) - (before[through] ?? 0);
      }
    }
    const straightRuns = runs.direct;
    const throughRuns = runs.proxied;
    const straight = summarize(straightRuns);
    const through = summarize(throughRuns);
    const addedMs = through.medianMs - straight.medianMs;
    const throughput = through.perSecond / straight.perSecond;
    console.log(`\n${concurrency} client${concurrency > 1 ? "s" : ""}`);
    console.log(`  direct to demo-auth  ${format(straight)}`);
    console.log(`  through /api/v1/run  ${format(through)}`);
    console.log(
      `  added median ${addedMs >= 0 ? "+" : ""}${addedMs.toFixed(3)} ms, ` +
        `throughput ${throughput.toFixed(2)}x, median ratio ${(through.medianMs / straight.medianMs).toFixed(2)}x`,
    );
    const perRequestUs = (ms: number, r: LoadResult) => (ms * 1000) / r.requests;
    figures.platformCpuPerRunUs[concurrency] = perRequestUs(cpu.proxied.proxy, through);
    console.log(
      `  CPU per request: direct demo-auth ${perRequestUs(cpu.direct.demoAuth, straight).toFixed(0)} µs; ` +
        `through the platform ${figures.platformCpuPerRunUs[concurrency].toFixed(0)} µs + ` +
        `demo-auth ${perRequestUs(cpu.proxied.demoAuth, through).toFixed(0)} µs`,
    );
    const bareRuns = runs.bare.length ? summarize(runs.bare) : null;
    if (bareRuns) {
      console.log(`  a bare Node proxy    ${format(bareRuns)}`);
      console.log(
        `  bare added median ${signed(bareRuns.medianMs - straight.medianMs)}, ` +
          `CPU per run ${perRequestUs(cpu.bare.proxy, bareRuns).toFixed(0)} µs`,
      );
    }
    if (straight.errors || through.errors || bareRuns?.errors) {
      figures.failed = true;
      console.log("  errors:", straight.unexpected, through.unexpected, bareRuns?.unexpected ?? {});
    }
    if (concurrency === 1) {
      figures.addedMedianMs = addedMs;
      if (bareRuns)
        figures.bare = { addedMedianMs: bareRuns.medianMs - straight.medianMs, cpuRatio: Number.NaN };
    } else {
      figures.throughput = throughput;
      figures.healthCpuUs = perRequestUs(cpu.health.proxy, summarize(runs.health));
      console.log(
        `  platform baseline: GET /api/health costs the platform ${figures.healthCpuUs.toFixed(0)} µs CPU per request`,
      );
      if (bareRuns && figures.bare) {
        const bareHealthUs = perRequestUs(cpu.bareHealth.proxy, summarize(runs.bareHealth));
        figures.bare.cpuRatio = perRequestUs(cpu.bare.proxy, bareRuns) / bareHealthUs;
        console.log(
          `  bare baseline: GET /api/health costs the bare proxy ${bareHealthUs.toFixed(0)} µs; ` +
            `CPU per run / per health ${figures.bare.cpuRatio.toFixed(2)}x`,
        );
      }
    }
  }
  return figures;
}

async function measureOn(postgresAdminUrl?: string): Promise<StoreFigures> {
  // The floor does not depend on the store: measured once, in the SQLite pass.
  const stack = await startBenchStack({ postgresAdminUrl, bareProxy: !postgresAdminUrl });
  try {
    return await measure(stack);
  } finally {
    await stack.stop();
  }
}

const postgresAdminUrl = process.env.BENCH_POSTGRES_URL;
const results = [await measureOn()];
if (postgresAdminUrl) results.push(await measureOn(postgresAdminUrl));

console.log("\nsummary");
for (const r of results) {
  const cpu = CONCURRENCIES.map((c) => `${r.platformCpuPerRunUs[c].toFixed(0)} µs at ${c}`).join(", ");
  console.log(
    `  ${r.storeName.padEnd(10)}  added median ${signed(r.addedMedianMs)}, ` +
      `throughput ${r.throughput.toFixed(2)}x; platform CPU per run ${cpu} (load average ${r.loadAverage})`,
  );
}
const floor = results.find((r) => r.bare)?.bare;
if (floor) {
  console.log(
    `  bare Node proxy  added median ${signed(floor.addedMedianMs)}, CPU per run / per health ${floor.cpuRatio.toFixed(2)}x`,
  );
}
for (const r of results) {
  reportTarget({
    name: `${r.storeName}: added median at 1 client`,
    figure: `${signed(r.addedMedianMs)}${floor ? ` (bare Node proxy ${signed(floor.addedMedianMs)})` : ""}`,
    target: "<= +1 ms",
    met: r.addedMedianMs <= 1,
  });
  reportTarget({
    name: `${r.storeName}: throughput at 50 clients vs direct`,
    figure: `${r.throughput.toFixed(2)}x`,
    target: ">= 0.5x",
    met: r.throughput >= 0.5,
  });
  const cpuRatio = r.platformCpuPerRunUs[50] / r.healthCpuUs;
  reportTarget({
    name: `${r.storeName}: platform CPU per run / per GET /api/health (50 clients)`,
    figure: `${cpuRatio.toFixed(2)}x${floor ? ` (bare Node proxy ${floor.cpuRatio.toFixed(2)}x)` : ""}`,
    target: `<= ${MAX_HEALTH_CPU_RATIO}x`,
    met: cpuRatio <= MAX_HEALTH_CPU_RATIO,
  });
}
const [sqlite, postgres] = results;
if (postgres) {
  const ratios = CONCURRENCIES.map((c) => postgres.platformCpuPerRunUs[c] / sqlite.platformCpuPerRunUs[c]);
  reportTarget({
    name: "PostgreSQL / SQLite platform CPU per run",
    figure: CONCURRENCIES.map((c, i) => `${ratios[i].toFixed(2)}x at ${c}`).join(", "),
    target: `<= ${MAX_POSTGRES_CPU_RATIO}x`,
    met: ratios.every((ratio) => ratio <= MAX_POSTGRES_CPU_RATIO),
  });
} else {
  console.log("  PostgreSQL: not measured (BENCH_POSTGRES_URL unset; npm run bench sets it when installed)");
}
console.log(`  load average now ${loadAverage()} (1, 5, 15 min)`);
if (results.some((r) => r.failed)) process.exitCode = 1;
