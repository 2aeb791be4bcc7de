import { describe, expect, it } from "vitest";
import { sqlCompletions } from "./sqlCompletions";

describe("sqlCompletions", () => {
  const items = sqlCompletions({
    tables: [
      {
        schema: "public",
        name: "users",
        columns: [
          { name: "id", type: "int4", nullable: false },
          { name: "email", type: "text", nullable: true },
        ],
      },
      { schema: "billing", name: "invoices", columns: [{ name: "id", type: "int8", nullable: false }] },
    ],
  });

  it("offers tables, public ones unqualified", () => {
    const tables = items.filter((i) => i.kind === "table" && i.qualifier === undefined).map((i) => i.label);
    expect(tables).toEqual(["users", "billing.invoices"]);
    expect(items).toContainEqual(expect.objectContaining({ label: "invoices", qualifier: "billing" }));
  });

  it("offers a table's columns after its name, with their types", () => {
    const afterUsers = items.filter((i) => i.qualifier === "users");
    expect(afterUsers.map((i) => [i.label, i.detail])).toEqual([
      ["id", "int4 not null"],
      ["email", "text"],
    ]);
  });

  it("offers each column name once elsewhere, saying where it lives", () => {
    const ids = items.filter((i) => i.kind === "column" && i.qualifier === undefined && i.label === "id");
    expect(ids).toHaveLength(1);
    expect(ids[0].detail).toBe("users.id int4, invoices.id int8");
  });

  it("offers nothing before the schema has loaded", () => {
    expect(sqlCompletions(undefined)).toEqual([]);
  });
});
