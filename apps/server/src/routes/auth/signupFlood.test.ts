import { describe, expect, it } from "vitest";
import { readRateLimits } from "../../config/readRateLimits";
import { signUp } from "../../test/signUp";
import { startTestServer, type TestServer } from "../../test/testServer";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function signInTimes(server: TestServer, user: { email: string; password: string }, count: number) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await server
      .client()
      .post("/api/v1/auth/login", { email: user.email, password: user.password });
    times.push(performance.now() - started);
    expect(res.status).toBe(200);
  }
  return times;
}

/** One sign-in timed while 32 anonymous sign-ups arrive at the same moment; resolves once all are answered. */
async function signInDuringBurst(
  server: TestServer,
  user: { email: string; password: string },
  round: number,
) {
  const statuses = Array.from({ length: 32 }, (_, i) =>
    server
      .client()
      .post("/api/v1/auth/signup", {
        email: `burst-${round}-${i}-${Math.random().toString(36).slice(2, 8)}@example.com`,
        password: "burst-password-1",
        name: "Burst",
      })
      .then((res) => res.status),
  );
  const [ms] = await signInTimes(server, user, 1);
  return { ms, statuses: await Promise.all(statuses) };
}

describe.each([false, true])(
  "sign-in during bursts of 32 sign-ups (sign-up enabled: %s)",
  async (signupEnabled) => {
    // The production limits (the test server turns the sign-up limit off), and a hash cost
    // high enough that a sign-in is mostly hashing, not HTTP.
    const server = await startTestServer({
      signupEnabled,
      passwordHashCost: 2 ** 16,
      rateLimits: readRateLimits({}),
    });

    it("keeps a concurrent sign-in within twice its quiet median", { timeout: 30_000 }, async () => {
      const admin = await signUp(server.client());
      await signInTimes(server, admin, 1);
      // Quiet and burst sign-ins alternate, so the load of the machine weighs on both alike.
      const quietTimes: number[] = [];
      const bursts = [];
      for (let round = 0; round < 5; round++) {
        quietTimes.push(...(await signInTimes(server, admin, 1)));
        bursts.push(await signInDuringBurst(server, admin, round));
      }
      const quiet = median(quietTimes);
      const flooded = median(bursts.map((b) => b.ms));
      const statuses = bursts.flatMap((b) => b.statuses);
      // Open sign-ups hash one at a time behind a short queue, 20 an hour from one address;
      // the rest are told to come back.
      expect(statuses.filter((status) => status === (signupEnabled ? 201 : 403)).length).toBeGreaterThan(0);
      expect(statuses.every((status) => [201, 403, 429, 503].includes(status))).toBe(true);
      console.log({ signupEnabled, quiet, flooded, ratio: flooded / quiet });
      expect(flooded / quiet).toBeLessThan(2);
    });
  },
);
