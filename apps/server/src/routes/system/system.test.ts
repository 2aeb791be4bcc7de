import { describe, expect, it } from "vitest";
import { startTestServer } from "../../test/testServer";

describe("system routes and the HTTP edge", async () => {
  const server = await startTestServer();
  const client = server.client();

  it("answers the health check", async () => {
    const res = await client.get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it("generates an OpenAPI 3.1 document from the route schemas", async () => {
    const res = await client.get("/api/openapi.json");
    expect(res.body.openapi).toBe("3.1.0");
    const signup = res.body.paths["/api/v1/auth/signup"].post;
    expect(signup.requestBody.content["application/json"].schema.required).toEqual([
      "email",
      "password",
      "name",
    ]);
    const moduleSave = res.body.paths["/api/v1/packages/{packageId}/modules/{moduleId}"].put;
    expect(moduleSave.parameters.map((p: { name: string }) => p.name)).toEqual(["packageId", "moduleId"]);
    expect(moduleSave["x-auth"]).toBe("member:developer");
  });

  it("answers 400 malformed_json for a body that is not JSON", async () => {
    const res = await client.request("POST", "/api/v1/auth/login", '{"email": "a@b.c",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("malformed_json");
  });

  it("answers 413 payload_too_large for a body over 1 MiB", async () => {
    const res = await client.request(
      "POST",
      "/api/v1/auth/login",
      JSON.stringify({ email: "x".repeat(1_100_000) }),
    );
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("answers 400 for strings holding lone surrogates", async () => {
    const res = await client.request(
      "POST",
      "/api/v1/auth/signup",
      '{"email":"a@b.co","password":"12345678","name":"\\ud800"}',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_unicode");
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const res = await client.get("/api/v2/nothing");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  it("sends the content security policy the web app runs under", async () => {
    const csp = (await client.get("/api/health")).headers.get("content-security-policy") ?? "";
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("keeps API answers out of caches", async () => {
    expect((await client.get("/api/v1/auth/config")).headers.get("cache-control")).toBe("no-store");
  });

  it("says how to build the web app when it is missing", async () => {
    const res = await client.get("/app/some-app");
    expect(res.status).toBe(503);
    expect(res.text).toContain("npm run build");
  });
});
