import type { NextFunction, Request, RequestHandler, Response } from "express";
import { describe, expect, it } from "vitest";
import { createExactRoutes } from "./exactRoutes";

/** Runs the index's middleware; resolves with the handler name that answered, or "next". */
function dispatch(middleware: RequestHandler, method: string, url: string): Promise<unknown> {
  return new Promise((resolve) => {
    const res = { answer: resolve } as unknown as Response;
    const next = ((error?: unknown) => resolve(error ?? "next")) as NextFunction;
    middleware({ method, url } as Request, res, next);
  });
}

const answering =
  (name: string): RequestHandler =>
  (_req, res) => {
    (res as unknown as { answer: (value: string) => void }).answer(name);
  };

describe("createExactRoutes", () => {
  it("finds a path without params by method and exact spelling, ignoring the query", async () => {
    const exact = createExactRoutes();
    exact.add("post", "/api/v1/run", answering("run"));
    expect(await dispatch(exact.middleware, "POST", "/api/v1/run?x=1")).toBe("run");
    expect(await dispatch(exact.middleware, "GET", "/api/v1/run")).toBe("next");
    expect(await dispatch(exact.middleware, "POST", "/api/v1/RUN")).toBe("next");
    expect(await dispatch(exact.middleware, "POST", "/api/v1/run/")).toBe("next");
  });

  it("leaves a path to the router when an earlier route with params would take it", async () => {
    const exact = createExactRoutes();
    exact.add("get", "/api/v1/apps/:appId", answering("app"));
    exact.add("get", "/api/v1/apps/recent", answering("recent"));
    exact.add("get", "/api/v1/first", answering("first"));
    exact.add("get", "/api/v1/first", answering("second"));
    exact.add("post", "/api/v1/apps/recent", answering("post recent"));
    expect(await dispatch(exact.middleware, "GET", "/api/v1/apps/recent")).toBe("next");
    expect(await dispatch(exact.middleware, "GET", "/api/v1/first")).toBe("first");
    expect(await dispatch(exact.middleware, "POST", "/api/v1/apps/recent")).toBe("post recent");
  });

  it("passes a handler's thrown or rejected error on", async () => {
    const exact = createExactRoutes();
    const failure = new Error("nope");
    exact.add("get", "/throws", () => {
      throw failure;
    });
    exact.add("get", "/rejects", async () => {
      throw failure;
    });
    expect(await dispatch(exact.middleware, "GET", "/throws")).toBe(failure);
    expect(await dispatch(exact.middleware, "GET", "/rejects")).toBe(failure);
  });
});
