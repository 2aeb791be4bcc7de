import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError, apiFetch, errorFromResponse } from "./client";

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("sends a JSON body same-origin and returns the parsed answer", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    const result = await apiFetch<{ ok: boolean }>("/api/v1/workspaces", {
      method: "POST",
      body: { name: "W" },
    });
    expect(result).toEqual({ ok: true });
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe("/api/v1/workspaces");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("same-origin");
    expect(init.body).toBe('{"name":"W"}');
    expect((init.headers as Record<string, string>)["content-type"]).toBe("application/json");
  });

  it("returns undefined for 204", async () => {
    vi.stubGlobal("fetch", async () => new Response(null, { status: 204 }));
    await expect(apiFetch("/api/v1/auth/logout", { method: "POST" })).resolves.toBeUndefined();
  });

  it("throws an ApiRequestError with code, path and revision from the error body", async () => {
    const body = { error: { code: "stale_revision", message: "Changed elsewhere", revision: 7 } };
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(body), { status: 409 }));
    const error = await apiFetch("/x", { method: "PUT", body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 409,
      code: "stale_revision",
      message: "Changed elsewhere",
      revision: 7,
    });
  });

  it("reads the wait of a 429 from Retry-After", async () => {
    const body = { error: { code: "rate_limited", message: "Too many attempts" } };
    vi.stubGlobal(
      "fetch",
      async () => new Response(JSON.stringify(body), { status: 429, headers: { "retry-after": "42" } }),
    );
    await expect(apiFetch("/x", { method: "POST", body: {} })).rejects.toMatchObject({
      status: 429,
      retryAfter: 42,
    });
  });

  it("turns a network failure into status 0", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(apiFetch("/x")).rejects.toMatchObject({ status: 0, code: "network_error" });
  });
});

describe("errorFromResponse", () => {
  it("keeps extra fields of the error for codes that carry them", () => {
    const affected = [{ instance: "Login1" }];
    const error = errorFromResponse(409, { error: { code: "breaking_change", message: "m", affected } });
    expect(error.details.affected).toEqual(affected);
  });

  it("falls back to the status when the body is not an API error", () => {
    const error = errorFromResponse(502, "<html>");
    expect(error.code).toBe("http_502");
    expect(error.message).toContain("502");
  });
});
