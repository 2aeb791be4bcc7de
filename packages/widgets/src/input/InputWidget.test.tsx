import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormWidget } from "../form/FormWidget";
import { formDefinition } from "../form/formDefinition";
import { widgetMetaOf, widgetPropsOf } from "../widgetPropsOf";
import { InputWidget } from "./InputWidget";
import { inputDefinition } from "./inputDefinition";

const host = { setMeta: () => {}, runEvent: async () => {}, parentInvalid: false };
const input = (
  <InputWidget
    name="Input1"
    props={widgetPropsOf(inputDefinition, {})}
    meta={widgetMetaOf(inputDefinition, {})}
    {...host}
  />
);

describe("InputWidget", () => {
  it("is a form of its own outside a Form widget, and a field of that form inside one", () => {
    expect(renderToStaticMarkup(input)).toMatch(/^<form class="tw-field" novalidate="">/i);
    const inForm = renderToStaticMarkup(
      <FormWidget name="Form1" props={widgetPropsOf(formDefinition, {})} meta={{}} {...host}>
        {input}
      </FormWidget>,
    );
    expect(inForm.match(/<form/g)).toHaveLength(1);
    expect(inForm).toContain('<div class="tw-field">');
  });
});
