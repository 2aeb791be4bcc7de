import { createDemoAuthServer } from "./createDemoAuthServer";

const port = Number(process.env.DEMO_AUTH_PORT ?? 3001);
const tokenTtlSeconds = Number(process.env.DEMO_AUTH_TOKEN_TTL ?? 3600);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`DEMO_AUTH_PORT is not a port: ${port}`);
if (!Number.isFinite(tokenTtlSeconds) || tokenTtlSeconds <= 0) {
  throw new Error(
    `DEMO_AUTH_TOKEN_TTL must be a positive number of seconds: ${process.env.DEMO_AUTH_TOKEN_TTL}`,
  );
}

const server = createDemoAuthServer({
  apiKey: process.env.DEMO_AUTH_API_KEY || "demo-anon-key",
  tokenTtlSeconds,
  issuer: process.env.DEMO_AUTH_ISSUER,
});

// Without DEMO_AUTH_HOST, Node listens on every interface, IPv6 included when available,
// so both `localhost` spellings (::1 and 127.0.0.1) reach it.
server.listen({ port, host: process.env.DEMO_AUTH_HOST || undefined }, () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  // One JSON line, so tests and scripts that start with port 0 can read the real port.
  console.log(JSON.stringify({ msg: "demo-auth listening", port: actualPort, tokenTtlSeconds }));
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
  });
}
