import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextField } from "./TextField";

describe("TextField", () => {
  it("puts the input inside its label and passes the input's props through", () => {
    const html = renderToStaticMarkup(
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        value="a@b.c"
        onValue={() => {}}
        required
      />,
    );
    expect(html).toBe(
      '<label>Email<input type="email" autoComplete="username" required="" value="a@b.c"/></label>',
    );
  });
});
