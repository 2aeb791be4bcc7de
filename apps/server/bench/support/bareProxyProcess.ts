// The floor the proxy benchmark reads its platform figures against: the least a Node process
// can do to proxy the same sign-in. node:http in and out with a keep-alive agent like the
// platform's, and nothing else: no framework, no checks, no stored query, no log line.
// POST /api/v1/run forwards the body's two values to demo-auth (DEMO_AUTH_URL, with
// DEMO_AUTH_API_KEY) and answers a run result of the same shape as the platform's;
// GET /api/health answers {"ok":true}. Reports its port over IPC.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const target = new URL(`${process.env.DEMO_AUTH_URL}/token?grant_type=password`);
const apiKey = process.env.DEMO_AUTH_API_KEY ?? "";
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, scheduling: "lifo" });

const answer = (res: ServerResponse, status: number, value: unknown) => {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
};

const readAll = (from: IncomingMessage, then: (text: string) => void) => {
  const chunks: Buffer[] = [];
  from.on("data", (chunk: Buffer) => chunks.push(chunk));
  from.on("end", () => then(Buffer.concat(chunks).toString("utf8")));
};

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/api/health") {
    answer(res, 200, { ok: true });
    return;
  }
  readAll(req, (text) => {
    const { values } = JSON.parse(text) as { values: Record<string, unknown> };
    const payload = JSON.stringify({ email: values["inputs.email"], password: values["inputs.password"] });
    const started = performance.now();
    const upstream = http.request(target, {
      method: "POST",
      agent,
      headers: {
        "content-type": "application/json",
        apikey: apiKey,
        "content-length": String(Buffer.byteLength(payload)),
      },
    });
    upstream.on("error", (error) => answer(res, 502, { error: error.message }));
    upstream.on("response", (up) =>
      readAll(up, (body) => {
        const status = up.statusCode ?? 0;
        answer(res, 200, {
          ok: status >= 200 && status < 300,
          status,
          headers: up.headers,
          body: JSON.parse(body),
          durationMs: performance.now() - started,
        });
      }),
    );
    upstream.end(payload);
  });
});

server.listen(0, "127.0.0.1", () => {
  process.send?.({ type: "ready", port: (server.address() as AddressInfo).port });
});
process.on("disconnect", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
