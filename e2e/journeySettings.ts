import type { LaunchOptions, PlaywrightTestConfig } from "@playwright/test";

/**
 * Debian's Chromium, never a downloaded browser. Without the background-networking flags
 * Chromium keeps dialing Google hosts that this network refuses.
 */
export const browserLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/**
 * How both suites (one instance, and two behind nginx) run their journeys: one at a time in
 * one worker, a retry in CI, traces and screenshots kept for failures, against `baseURL`.
 */
export function journeySettings(baseURL: string) {
  return {
    timeout: 60_000,
    expect: { timeout: 10_000 },
    fullyParallel: false,
    workers: 1,
    retries: process.env.CI ? 1 : 0,
    reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
      ? ([["list"], ["json"]] as const)
      : ([["list"]] as const),
    use: {
      baseURL,
      trace: "retain-on-failure",
      screenshot: "only-on-failure",
      launchOptions: browserLaunchOptions,
    },
  } satisfies PlaywrightTestConfig;
}
