import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type ResourceDialog, ResourceDialogs } from "./ResourceDialogs";

const portal = { name: "Portal" };
const render = (dialog: ResourceDialog<{ name: string }>) =>
  renderToStaticMarkup(
    <ResourceDialogs
      noun="app"
      dialog={dialog}
      onClose={() => {}}
      onCreate={async () => {}}
      onRename={async () => {}}
      deleteMessage="The app is deleted."
      onDelete={async () => {}}
    />,
  );

describe("ResourceDialogs", () => {
  it("shows nothing when no dialog is open", () => {
    expect(render(null)).toBe("");
  });

  it("titles the create dialog and its button after the noun", () => {
    const html = render({ kind: "create" });
    expect(html).toContain(">New app</h2>");
    expect(html).toContain(">Create app</button>");
  });

  it("fills the rename dialog with the current name", () => {
    const html = render({ kind: "rename", item: portal });
    expect(html).toContain(">Rename app Portal</h2>");
    expect(html).toContain('value="Portal"');
  });

  it("names the item and what goes with it before deleting", () => {
    const html = render({ kind: "delete", item: portal });
    expect(html).toContain(">Delete app Portal?</h2>");
    expect(html).toContain("<p>The app is deleted.</p>");
    expect(html).toContain(">Delete app</button>");
  });
});
