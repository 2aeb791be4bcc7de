import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { inSequence } from "./inSequence";

const req = {} as Request;
const res = {} as Response;

function run(middleware: ReturnType<typeof inSequence>): Promise<unknown[]> {
  return new Promise((resolve) => {
    const next = ((...args: unknown[]) => resolve(args)) as NextFunction;
    middleware(req, res, next);
  });
}

describe("inSequence", () => {
  it("runs each middleware in order, waiting for asynchronous ones, then moves on", async () => {
    const order: string[] = [];
    const chained = inSequence(
      (_req, _res, next) => {
        order.push("a");
        next();
      },
      (_req, _res, next) => {
        setTimeout(() => {
          order.push("b");
          next();
        }, 1);
      },
      (_req, _res, next) => {
        order.push("c");
        next();
      },
    );
    expect(await run(chained)).toEqual([]);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("skips the rest after an error, passed on or thrown", async () => {
    const reached: string[] = [];
    const failure = new Error("nope");
    const passed = inSequence(
      (_req, _res, next) => next(failure),
      () => reached.push("after passed"),
    );
    expect(await run(passed)).toEqual([failure]);
    const thrown = inSequence(
      () => {
        throw failure;
      },
      () => reached.push("after thrown"),
    );
    expect(await run(thrown)).toEqual([failure]);
    expect(reached).toEqual([]);
  });
});
