import { describe, expect, it } from "vitest";
import { DependencyGraph, type GraphNode } from "./DependencyGraph";

const binding = (id: string, ...reads: string[]): GraphNode => ({ id, kind: "binding", reads });
const fn = (id: string, ...reads: string[]): GraphNode => ({ id, kind: "function", reads });

describe("DependencyGraph", () => {
  const orders: [string, GraphNode[], string[]][] = [
    ["a chain", [binding("C.v", "B.v"), binding("B.v", "A.v"), binding("A.v")], ["A.v", "B.v", "C.v"]],
    [
      "a diamond",
      [
        binding("D.v", "B.v", "C.v"),
        binding("C.v", "A.v"),
        binding("B.v", "A.v"),
        binding("A.v", "Input1.text"),
      ],
      ["A.v", "B.v", "C.v", "D.v"],
    ],
    ["through a function", [binding("T.v", "JS.f"), fn("JS.f", "S.v"), binding("S.v")], ["S.v", "T.v"]],
    ["a whole-entity read", [binding("T.v", "W"), binding("W.a"), binding("W.b")], ["W.a", "W.b", "T.v"]],
    ["a deep read", [binding("T.v", "W.a.b.c"), binding("W.a")], ["W.a", "T.v"]],
  ];
  it.each(orders)("orders %s dependencies first", (_name, nodes, expected) => {
    const graph = new DependencyGraph(nodes);
    expect(graph.order).toEqual(expected);
    expect(graph.cycles.size).toBe(0);
  });

  it("names a cycle on each binding in it and still orders the rest", () => {
    const graph = new DependencyGraph([
      binding("A.v", "B.v"),
      binding("B.v", "C.v"),
      binding("C.v", "A.v"),
      binding("D.v", "E.v"),
      binding("E.v"),
    ]);
    expect(graph.cycles.get("A.v")).toBe("Cyclic dependency: A.v → B.v → C.v → A.v");
    expect(graph.cycles.get("C.v")).toBe("Cyclic dependency: C.v → A.v → B.v → C.v");
    expect(graph.order).toEqual(["E.v", "D.v"]);
  });

  it("names a binding that reads itself", () => {
    const graph = new DependencyGraph([binding("A.v", "A.v.length")]);
    expect(graph.cycles.get("A.v")).toBe("Cyclic dependency: A.v → A.v");
  });

  it("allows recursive functions but not a binding caught in a function cycle", () => {
    const recursion = new DependencyGraph([fn("JS.f", "JS.f"), binding("T.v", "JS.f")]);
    expect(recursion.cycles.size).toBe(0);
    const throughFunction = new DependencyGraph([binding("T.v", "JS.f"), fn("JS.f", "T.v")]);
    expect(throughFunction.cycles.get("T.v")).toBe("Cyclic dependency: T.v → JS.f → T.v");
  });

  const changes: [string, string[], string[]][] = [
    ["a property", ["Input1.text"], ["A.v", "B.v", "C.v"]],
    ["a deeper path than read", ["appsmith.store.token"], ["S.v"]],
    ["an unrelated store key", ["appsmith.store.other"], []],
    ["the whole store", ["appsmith.store"], ["S.v"]],
    ["a whole entity", ["Input1"], ["A.v", "B.v", "C.v"]],
    ["a similar prefix", ["Input10.text"], []],
  ];
  it.each(changes)("re-runs only what depends on %s, in order", (_name, paths, expected) => {
    const graph = new DependencyGraph([
      binding("C.v", "B.v", "A.v"),
      binding("B.v", "JS.f"),
      fn("JS.f", "A.v"),
      binding("A.v", "Input1.text"),
      binding("S.v", "appsmith.store.token"),
      binding("X.v", "Other.v"),
    ]);
    expect(graph.affectedBy(paths)).toEqual(expected);
  });
});
