import type { ViewerPage } from "@tessera/model";
import { loadWidgets } from "@tessera/widgets";
import { beforeAll, describe, expect, it } from "vitest";
import { staticPageState } from "./staticPageState";

const page: ViewerPage = {
  id: "p",
  name: "LoginPage",
  slug: "loginpage",
  isHome: false,
  widgets: [
    {
      id: "b",
      name: "Button1",
      type: "Button",
      parentId: null,
      layout: { x: 0, y: 0, w: 10, h: 4 },
      props: { label: "Login", onClick: "{{Login1.signin()}}" },
    },
    {
      id: "i",
      name: "Input1",
      type: "Input",
      parentId: null,
      layout: { x: 0, y: 5, w: 10, h: 7 },
      props: { label: "Email", defaultText: "a@b.co", required: true },
    },
    {
      id: "t",
      name: "Text1",
      type: "Text",
      parentId: null,
      layout: { x: 0, y: 13, w: 10, h: 4 },
      props: { text: "{{appsmith.store.access_token ? 'Signed in' : ''}}" },
    },
  ],
  queries: [],
  jsObjects: [],
  moduleInstances: [],
};

beforeAll(() => loadWidgets());

describe("staticPageState", () => {
  it("knows static props and starting meta; an event handler is not a binding", () => {
    const { values, pending, bound } = staticPageState(page);
    expect(values.Button1).toEqual({ label: "Login" });
    expect(values.Input1).toMatchObject({ label: "Email", text: "a@b.co", isValid: true });
    expect([...pending]).toEqual(["Text1"]);
    expect(bound).toEqual(["Text1.text"]);
  });
});
