import { responseLog } from "./responseLog";

/** An answer as tests look at it: status, headers and the parsed JSON (or text) body. */
export interface TestResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response shapes
  body: any;
  text: string;
}

/** An HTTP client with a cookie jar, like one browser. Logs every body for the leak check. */
export class TestClient {
  private cookies = new Map<string, string>();

  constructor(readonly url: string) {}

  /** Sends a request; objects are sent as JSON, strings as they are (with a JSON content type). */
  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const init: RequestInit = { method, headers: { ...headers }, redirect: "manual" };
    const h = init.headers as Record<string, string>;
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (body !== undefined) {
      h["content-type"] ??= "application/json";
      init.body =
        typeof body === "string" || body instanceof Uint8Array ? (body as string) : JSON.stringify(body);
    }
    const res = await fetch(this.url + path, init);
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    responseLog.bodies.push(text);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: tests read `text`.
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get(path: string) {
    return this.request("GET", path);
  }
  post(path: string, body?: unknown) {
    return this.request("POST", path, body ?? {});
  }
  put(path: string, body: unknown) {
    return this.request("PUT", path, body);
  }
  patch(path: string, body: unknown) {
    return this.request("PATCH", path, body);
  }
  delete(path: string) {
    return this.request("DELETE", path);
  }

  /** Puts a cookie in the jar, as if the server had set it (a session made through the store). */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** The `Cookie` header this client sends, for building requests by hand. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** The raw session cookie value, for tests about the session itself. */
  sessionCookie(): string | undefined {
    return this.cookies.get("tessera_session");
  }
}
