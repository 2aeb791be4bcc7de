import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

/** A loopback HTTP service that answers `{"ok":true}` and keeps what it was sent. */
export interface Upstream {
  /** `http://127.0.0.1:<port>`: its own origin, as each upstream has its own port. */
  url: string;
  received: { method: string; url: string; headers: IncomingHttpHeaders }[];
}

/** Starts an upstream on a random loopback port, closed when the test file ends. */
export async function startUpstream(): Promise<Upstream> {
  const received: Upstream["received"] = [];
  const server = createServer((req, res) => {
    received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    res.setHeader("Content-Type", "application/json");
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}
