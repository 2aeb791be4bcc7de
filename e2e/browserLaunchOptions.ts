import type { LaunchOptions } from "@playwright/test";

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
