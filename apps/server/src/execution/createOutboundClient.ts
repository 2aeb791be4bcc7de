import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type Socket } from "node:net";
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

/** How much sooner than an upstream's `Keep-Alive: timeout=N` an idle pooled connection is dropped here. */
export const KEEP_ALIVE_MARGIN_MS = 1000;

/** Each connection's last `Keep-Alive: timeout=N` from its upstream, in ms. */
const keepAliveHints = new WeakMap<Socket, number>();

/** The codes of a connection the upstream closed before it read the call. */
const STALE_CONNECTION_CODES = new Set(["ECONNRESET", "EPIPE"]);

/** The pooled agent every call starts on, and the one-use agent of its retry. */
interface Agents {
  pooled: http.Agent;
  fresh: http.Agent;
}

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
  const httpAgents: Agents = {
    pooled: withKeepAliveMargin(new http.Agent(agentOptions)),
    fresh: new http.Agent({ keepAlive: false, lookup }),
  };
  const httpsAgents: Agents = {
    pooled: withKeepAliveMargin(new https.Agent(agentOptions)),
    fresh: new https.Agent({ keepAlive: false, lookup }),
  };

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
      return exchange(request, url.protocol === "https:" ? httpsAgents : httpAgents, maxResponseBytes);
    },
    close() {
      for (const agent of [httpAgents, httpsAgents].flatMap((agents) => [agents.pooled, agents.fresh])) {
        agent.destroy();
      }
    },
  };
}

/**
 * Drops a pooled connection KEEP_ALIVE_MARGIN_MS before the upstream's Keep-Alive hint runs
 * out (half the hint when it is shorter). Node's agent ignores the hint and keeps a connection
 * until the upstream closes it, so a call sent as it does meets a reset connection.
 */
function withKeepAliveMargin<A extends http.Agent>(agent: A): A {
  const keep = agent.keepSocketAlive.bind(agent) as (socket: Socket) => boolean;
  agent.keepSocketAlive = (duplex) => {
    const socket = duplex as Socket;
    const kept = keep(socket);
    const hinted = keepAliveHints.get(socket);
    if (kept && hinted) socket.setTimeout(Math.max(hinted - KEEP_ALIVE_MARGIN_MS, Math.ceil(hinted / 2)));
    return kept;
  };
  return agent;
}

/**
 * One call and its answer. A call sent on a pooled connection that the upstream had already
 * closed (reset before any answer: it was never read) is sent once more, on a new connection.
 */
function exchange(request: OutboundRequest, agents: Agents, maxResponseBytes: number): Promise<RunResult> {
  const { url, timeoutMs } = request;
  const started = performance.now();
  const transport = url.protocol === "https:" ? https : http;
  const sendsBody = request.body !== null && request.method !== "GET";
  // A string (not a Buffer) lets Node send the head and the body in one write.
  const payload = sendsBody && request.body ? request.body.text : null;

  const headers =
    payload === null
      ? request.headers
      : { ...request.headers, "content-length": String(Buffer.byteLength(payload, "utf8")) };

  return new Promise<RunResult>((resolve, reject) => {
    let settled = false;
    let req: http.ClientRequest;
    const fail = (error: ApiError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    // The datasource's timeout covers both tries.
    const timer = setTimeout(() => fail(upstreamTimeout(url.origin, timeoutMs)), timeoutMs);

    const send = (agent: http.Agent, retry: boolean) => {
      req = transport.request(url, { method: request.method, agent, headers });
      const sent = req;
      let answered = false;
      sent.on("error", (error: NodeJS.ErrnoException) => {
        const stale = !answered && sent.reusedSocket && STALE_CONNECTION_CODES.has(error.code ?? "");
        if (stale && !retry && !settled) send(agents.fresh, true);
        else fail(toApiError(error, url));
      });
      // An idle connection's timer (see withKeepAliveMargin) is off while it carries a call.
      sent.on("socket", (socket) => socket.setTimeout(0));
      sent.on("response", (res: IncomingMessage) => {
        answered = true;
        receive(res);
      });
      if (payload === null) sent.end();
      else sent.end(payload, "utf8");
    };

    const receive = (res: IncomingMessage) => {
      const hint = /^timeout=(\d+)/.exec(String(res.headers["keep-alive"] ?? ""))?.[1];
      if (hint) keepAliveHints.set(res.socket, Number(hint) * 1000);
      else keepAliveHints.delete(res.socket);
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
    };
    send(agents.pooled, false);
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
