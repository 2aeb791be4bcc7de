import { Worker } from "node:worker_threads";
import { describe, expect, it, onTestFinished } from "vitest";
import { readRateLimits } from "../../config/readRateLimits";
import { signUp } from "../../test/signUp";
import { startTestServer, type TestServer } from "../../test/testServer";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timedSignIn(server: TestServer, user: { email: string; password: string }): Promise<number> {
  const started = performance.now();
  const res = await server
    .client()
    .post("/api/v1/auth/login", { email: user.email, password: user.password });
  const ms = performance.now() - started;
  expect(res.status).toBe(200);
  return ms;
}

// The 32 clients live in a worker thread on raw sockets: connected first, then all 32
// requests written at once, so they reach the server before the timed sign-in does (as a
// flood in progress would), and the test's event loop only does the server's share.
const BURST_CLIENTS = String.raw`
const net = require("node:net");
const { parentPort, workerData } = require("node:worker_threads");
const connect = () =>
  new Promise((resolve) => {
    const socket = net.connect(workerData.port, "127.0.0.1", () => resolve(socket));
  });
const answer = (socket) =>
  new Promise((resolve) => {
    let text = "";
    socket.on("data", (chunk) => (text += chunk));
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
  });
parentPort.on("message", async ({ round, path, ip }) => {
  const sockets = await Promise.all(Array.from({ length: 32 }, connect));
  const answers = sockets.map((socket, i) => {
    const body = JSON.stringify({
      email: "burst-" + round + "-" + i + "-" + Math.random().toString(36).slice(2, 8) + "@example.com",
      password: "burst-password-1",
      name: "Burst",
    });
    // Sign-ups, or sign-ins with emails nobody has (the path that hashes a dummy password).
    socket.write(
      "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + workerData.port + "\r\nContent-Type: application/json\r\n" +
        "X-Forwarded-For: " + ip + "\r\nContent-Length: " + Buffer.byteLength(body) + "\r\nConnection: close\r\n\r\n" + body,
    );
    return answer(socket);
  });
  parentPort.postMessage({ sent: true });
  parentPort.postMessage({ statuses: await Promise.all(answers) });
});
`;

interface BurstMessage {
  sent?: true;
  statuses?: number[];
}

let attempt = 0;

/** One sign-in timed while 32 anonymous requests to `path` are in; resolves once all are answered. */
async function signInDuringBurst(
  server: TestServer,
  clients: Worker,
  user: { email: string; password: string },
  burst: { round: number; path: string; ip: string },
) {
  const messages: BurstMessage[] = [];
  let notify = () => {};
  const onMessage = (message: BurstMessage) => {
    messages.push(message);
    notify();
  };
  const until = async (found: () => boolean) => {
    while (!found()) await new Promise<void>((resolve) => (notify = resolve));
  };
  clients.on("message", onMessage);
  clients.postMessage(burst);
  await until(() => messages.some((m) => m.sent));
  // Let the server read the 32 requests off its sockets before the sign-in joins them.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const ms = await timedSignIn(server, user);
  await until(() => messages.some((m) => m.statuses));
  clients.off("message", onMessage);
  return { ms, statuses: messages.find((m) => m.statuses)?.statuses ?? [] };
}

// Closed sign-ups refuse before hashing; open ones are limited per address; without that
// limit, the hash queue alone must keep sign-ups from holding up sign-ins, and likewise for
// guesses at unknown emails, which hash a dummy password.
describe.each([
  {
    burst: "closed sign-ups",
    path: "/api/v1/auth/signup",
    signupEnabled: false,
    signupPerIp: 20,
    hashed: 403,
  },
  { burst: "open sign-ups", path: "/api/v1/auth/signup", signupEnabled: true, signupPerIp: 20, hashed: 201 },
  {
    burst: "unlimited sign-ups",
    path: "/api/v1/auth/signup",
    signupEnabled: true,
    signupPerIp: 0,
    hashed: 201,
  },
  {
    burst: "unknown-email sign-ins",
    path: "/api/v1/auth/login",
    signupEnabled: true,
    signupPerIp: 20,
    hashed: 401,
  },
])("sign-in during bursts of 32 $burst", async ({ path, signupEnabled, signupPerIp, hashed }) => {
  // A hash cost high enough that a sign-in is mostly hashing, not HTTP. The burst comes from
  // another address (X-Forwarded-For) than the timed sign-in.
  const server = await startTestServer({
    signupEnabled,
    passwordHashCost: 2 ** 15,
    rateLimits: { ...readRateLimits({}), signupPerIp },
    trustProxy: true,
  });

  // A ratio taken on shared cores: other test files hash and compile at the same time, so one
  // unlucky run may pass 2 (the unfixed server measured 9 to 12). Retries keep it a check of
  // the server, not of the neighbours.
  it("keeps a concurrent sign-in within twice its quiet time", { timeout: 30_000, retry: 2 }, async () => {
    // A retry comes from a fresh address: the first attempt has spent the per-address limit.
    attempt += 1;
    const ip = `203.0.113.${attempt}`;
    const admin = await signUp(server.client());
    const clients = new Worker(BURST_CLIENTS, {
      eval: true,
      workerData: { port: Number(new URL(server.url).port) },
    });
    onTestFinished(async () => {
      await clients.terminate();
    });
    await timedSignIn(server, admin);
    // Quiet and burst sign-ins alternate, and each burst is compared with the quiet sign-in
    // just before it, so changes in the load of the machine weigh on both sides alike.
    const ratios: number[] = [];
    const statuses: number[] = [];
    for (let round = 0; round < 5; round++) {
      const quiet = await timedSignIn(server, admin);
      const burst = await signInDuringBurst(server, clients, admin, { round, path, ip });
      ratios.push(burst.ms / quiet);
      statuses.push(...burst.statuses);
    }
    // Hashes run one at a time behind a short queue; the rest are told to come back.
    expect(statuses.filter((status) => status === hashed).length).toBeGreaterThan(0);
    expect(statuses.every((status) => [hashed, 429, 503].includes(status))).toBe(true);
    expect(median(ratios), `sign-in time ratios ${ratios.map((r) => r.toFixed(2))}`).toBeLessThan(2);
  });
});
