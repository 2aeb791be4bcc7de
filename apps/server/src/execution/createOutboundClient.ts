import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { HttpMethod, RunResult } from "@tessera/model";
import type { ApiError } from "../errors";
import type { AddressPolicy } from "./addressPolicy";
import { createCheckedLookup, type HostResolver, OutboundFailure } from "./checkedLookup";
import {
  addressRefused,
  responseTooLarge,
  upstreamDns,
  upstreamFailed,
  upstreamTimeout,
  upstreamUnreachable,
} from "./executionErrors";

export type { HostResolver } from "./checkedLookup";

/** A request body after substitution: JSON when the text parses as JSON, else plain text. */
export type SubstitutedBody = { kind: "json"; text: string } | { kind: "text"; text: string } | null;

/** One fully prepared outbound call. */
export interface OutboundRequest {
  url: URL;
  method: HttpMethod;
  /** Final header values (already merged with the datasource's, secrets included). */
  headers: Record<string, string>;
  body: SubstitutedBody;
  timeoutMs: number;
}

export interface OutboundClient {
  /** Calls the upstream; resolves with its answer (any status), rejects with an ApiError. */
  send(request: OutboundRequest): Promise<RunResult>;
  /** Closes pooled connections. */
  close(): void;
}

export interface OutboundClientOptions {
  policy: AddressPolicy;
  resolve?: HostResolver;
  /** Answers larger than this are refused. Default 5 MiB. */
  maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

/** Host verdicts kept before the memo starts over (hosts come from datasources: few). */
const MAX_KEPT_VERDICTS = 1000;

/**
 * The only way the server calls upstreams. Every connection's address is checked against
 * the policy at connect time, through a custom `lookup` that sees each address the name
 * resolves to, so a name that resolves (or rebinds) to a metadata address is refused, not just
 * an IP literal. Keep-alive agents reuse checked connections. Redirects are returned as data,
 * never followed; the datasource's timeout covers the whole exchange; answers are capped.
 *
 * @example const client = createOutboundClient({ policy: createAddressPolicy({ blockPrivateNetworks: false }) });
 */
export function createOutboundClient(options: OutboundClientOptions): OutboundClient {
  const { policy } = options;
  const resolve = options.resolve;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  const lookup = createCheckedLookup(policy, resolve);

  const agentOptions = { keepAlive: true, maxSockets: 256, scheduling: "lifo" as const, lookup };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  // The policy never changes, so its verdict on a host as written is kept (a few datasources
  // are called over and over); what a name resolves to is still checked on every connect.
  const verdicts = new Map<string, string | null>();
  const refusalOfHost = (hostname: string): string | null => {
    const known = verdicts.get(hostname);
    if (known !== undefined) return known;
    // Node skips `lookup` for IP literals, so they are checked here with the same policy.
    const refusal =
      policy.refusalOfHostName(hostname) ?? (isIP(hostname) ? policy.refusalOf(hostname) : null);
    if (verdicts.size >= MAX_KEPT_VERDICTS) verdicts.clear();
    verdicts.set(hostname, refusal);
    return refusal;
  };

  return {
    send(request) {
      const { url } = request;
      const hostname = url.hostname.replace(/^\[|\]$/g, "");
      const refusal = refusalOfHost(hostname);
      if (refusal) return Promise.reject(addressRefused(hostname, refusal));
      return exchange(request, url.protocol === "https:" ? httpsAgent : httpAgent, maxResponseBytes);
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

function exchange(request: OutboundRequest, agent: http.Agent, maxResponseBytes: number): Promise<RunResult> {
  const { url, timeoutMs } = request;
  const started = performance.now();
  const transport = url.protocol === "https:" ? https : http;
  const sendsBody = request.body !== null && request.method !== "GET";
  // A string (not a Buffer) lets Node send the head and the body in one write.
  const payload = sendsBody && request.body ? request.body.text : null;

  return new Promise<RunResult>((resolve, reject) => {
    let settled = false;
    const fail = (error: ApiError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };

    const req = transport.request(url, {
      method: request.method,
      agent,
      headers:
        payload === null
          ? request.headers
          : { ...request.headers, "content-length": String(Buffer.byteLength(payload, "utf8")) },
    });
    const timer = setTimeout(() => fail(upstreamTimeout(url.origin, timeoutMs)), timeoutMs);

    req.on("error", (error) => fail(toApiError(error, url)));
    req.on("response", (res: IncomingMessage) => {
      const declared = Number(res.headers["content-length"]);
      if (declared > maxResponseBytes) {
        fail(responseTooLarge(maxResponseBytes));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) fail(responseTooLarge(maxResponseBytes));
        else chunks.push(chunk);
      });
      res.on("error", (error) => fail(toApiError(error, url)));
      res.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const status = res.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          headers: presentHeaders(res.headers),
          body: readBody(Buffer.concat(chunks, size), res.headers["content-type"]),
          durationMs: Math.round((performance.now() - started) * 100) / 100,
        });
      });
    });
    if (payload === null) req.end();
    else req.end(payload, "utf8");
  });
}

/** Lower-case response headers without cookies: upstream sessions are not the viewer's. */
function presentHeaders(headers: IncomingMessage["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name === "set-cookie" || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function readBody(buffer: Buffer, contentType: string | undefined): unknown {
  const text = buffer.toString("utf8");
  if (contentType && /[/+]json\b/i.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      // A JSON content type with a broken body is still worth showing as text.
    }
  }
  return text;
}

/** `http://host:port` with the port spelled out, as people type it when checking a service. */
function originWithPort(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.protocol}//${url.hostname}:${port}`;
}

function toApiError(error: unknown, url: URL): ApiError {
  if (error instanceof OutboundFailure) return error.apiError;
  const failure = error as NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] };
  // With several addresses, Node reports an AggregateError whose parts carry the codes.
  const nested = failure.errors?.find((e) => e instanceof OutboundFailure) as OutboundFailure | undefined;
  if (nested) return nested.apiError;
  const code = failure.code ?? failure.errors?.[0]?.code;
  switch (code) {
    case "ECONNREFUSED":
      return upstreamUnreachable(originWithPort(url), "connection refused");
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return upstreamUnreachable(originWithPort(url), "the host is unreachable");
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
    case "EAI_FAIL":
      return upstreamDns(url.hostname);
    case "ECONNRESET":
      return upstreamFailed(url.origin, "the connection was reset");
    default:
      return upstreamFailed(url.origin, failure.message || "unknown error");
  }
}
