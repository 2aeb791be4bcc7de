import { describe, expect, it } from "vitest";
import { createTestHost, createTestPage, testWidgetTypes } from "../test/createTestPage";
import { createRuntime } from "./parsingRuntime";
import { itemLocals, repeatedItems, rowEntityName } from "./repeatedItems";
import type { RuntimeWidget, WidgetTypeSpec } from "./types";

const List: WidgetTypeSpec = {
  props: { listData: "array", pageSize: "number" },
  meta: { pageNo: 1, selectedItem: null },
  events: ["onItemClick"],
  repeat: { items: "listData", pageNo: "pageNo", pageSize: "pageSize" },
};
const widgetTypes = { ...testWidgetTypes, List, Container: { props: {}, meta: {}, events: [] } };
const people = [{ name: "Ada" }, { name: "Grace" }, { name: "Edsger" }];

function listPage(listProps: Record<string, unknown>, template: RuntimeWidget[]) {
  const page = createTestPage({
    widgets: [{ name: "List1", type: "List", props: listProps }, ...template],
    widgetTypes,
  });
  const test = createTestHost();
  return { runtime: createRuntime(page, test.host), ...test };
}

describe("repeatedItems", () => {
  it("takes the page of items a List shows from its entity", () => {
    const shown = repeatedItems({ listData: people, pageNo: 2, pageSize: 2 }, List.repeat!);
    expect(shown).toEqual({ items: [{ name: "Edsger" }], firstIndex: 2, pageNo: 2, pageCount: 2 });
    expect(itemLocals(shown, 0)).toEqual({ currentItem: { name: "Edsger" }, currentIndex: 2 });
  });

  it("reads no items from a value that is not an array", () => {
    expect(repeatedItems({ listData: undefined }, List.repeat!).items).toEqual([]);
  });
});

describe("a List's template", () => {
  it("evaluates per item with currentItem and currentIndex, published per row", () => {
    const { runtime } = listPage({ listData: JSON.stringify(people), pageSize: 0 }, [
      {
        name: "Name",
        type: "Text",
        parent: "List1",
        props: { text: "{{currentIndex}}: {{currentItem.name}}" },
      },
    ]);
    const { values } = runtime.getState();
    expect([0, 1, 2].map((row) => values[rowEntityName("Name", row)].text)).toEqual([
      "0: Ada",
      "1: Grace",
      "2: Edsger",
    ]);
    // The widget itself shows the first item: what the canvas and other bindings read.
    expect(values.Name.text).toBe("0: Ada");
  });

  it("reaches the template through containers inside the List", () => {
    const { runtime } = listPage({ listData: JSON.stringify(people) }, [
      { name: "Card", type: "Container", parent: "List1", props: {} },
      { name: "Name", type: "Text", parent: "Card", props: { text: "{{currentItem.name}}" } },
    ]);
    expect(runtime.getState().values[rowEntityName("Name", 1)].text).toBe("Grace");
  });

  it("follows the page shown and the data, and clears the errors of rows that went away", () => {
    const { runtime } = listPage({ listData: "{{appsmith.store.people ?? []}}", pageSize: 2 }, [
      { name: "Name", type: "Text", parent: "List1", props: { text: "{{currentItem.name.toUpperCase()}}" } },
    ]);
    runtime.setStore({ people: [...people, { nick: "no name" }] });
    runtime.setMeta("List1", "pageNo", 2);
    let state = runtime.getState();
    expect(state.values[rowEntityName("Name", 0)].text).toBe("EDSGER");
    expect(state.errors[`${rowEntityName("Name", 1)}.text`]).toMatch(/toUpperCase|undefined/);
    runtime.setMeta("List1", "pageNo", 1);
    state = runtime.getState();
    expect(state.values[rowEntityName("Name", 1)].text).toBe("GRACE");
    expect(state.errors[`${rowEntityName("Name", 1)}.text`]).toBeUndefined();
  });

  it("reports no errors for a template over no items", () => {
    const { runtime } = listPage({ listData: "{{[]}}" }, [
      { name: "Name", type: "Text", parent: "List1", props: { text: "{{currentItem.name}}" } },
    ]);
    expect(runtime.getState().errors).toEqual({});
  });

  it("keeps currentItem out of bindings outside the template", () => {
    const { runtime } = listPage({ listData: JSON.stringify(people) }, [
      { name: "Outside", type: "Text", props: { text: "{{currentItem.name}}" } },
    ]);
    expect(runtime.getState().errors["Outside.text"]).toMatch(/currentItem is not defined/);
  });

  it("runs onItemClick with the clicked item as locals, as the host gives them", async () => {
    const { runtime, calls } = listPage(
      {
        listData: JSON.stringify(people),
        pageSize: 2,
        onItemClick: "{{showAlert(currentItem.name + ' ' + currentIndex)}}",
      },
      [],
    );
    runtime.setMeta("List1", "pageNo", 2);
    const list = runtime.getState().values.List1;
    const locals = itemLocals(repeatedItems(list, List.repeat!), 0);
    const result = await runtime.runTrigger("List1", "onItemClick", locals);
    expect(result.ok).toBe(true);
    expect(calls).toEqual([["showAlert", "Edsger 2", "info"]]);
  });

  it("lets a handler read its locals but not change them", async () => {
    const { runtime } = listPage({ listData: "[]", onItemClick: "{{ currentItem.name = 'x' }}" }, []);
    const result = await runtime.runTrigger("List1", "onItemClick", { currentItem: { name: "Ada" } });
    expect(result.ok).toBe(false);
  });
});
