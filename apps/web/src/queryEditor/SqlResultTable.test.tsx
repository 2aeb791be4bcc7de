import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SqlResultTable, sqlResultOf } from "./SqlResultTable";

describe("SqlResultTable", () => {
  it("recognises a SQL run's body and nothing else", () => {
    expect(sqlResultOf({ rows: [], fields: [], rowCount: 0, truncated: false })).not.toBeNull();
    expect(sqlResultOf({ access_token: "x" })).toBeNull();
    expect(sqlResultOf(null)).toBeNull();
  });

  it("shows the rows under their columns, NULL for null, and says when the row cap cut them", () => {
    const html = renderToStaticMarkup(
      <SqlResultTable
        result={{
          rows: [{ name: "Ada", email: null }],
          fields: [
            { name: "name", type: "text" },
            { name: "email", type: "text" },
          ],
          rowCount: 1,
          truncated: true,
        }}
      />,
    );
    expect(html).toContain('<th scope="col" title="text">name</th>');
    expect(html).toContain("<td>Ada</td><td>NULL</td>");
    expect(html).toContain("Truncated");
  });

  it("says nothing of truncation when all rows came back", () => {
    const html = renderToStaticMarkup(
      <SqlResultTable
        result={{ rows: [], fields: [{ name: "id", type: "int4" }], rowCount: 0, truncated: false }}
      />,
    );
    expect(html).toContain("0 rows");
    expect(html).not.toContain("Truncated");
  });
});
