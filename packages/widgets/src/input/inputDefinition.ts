import { defineWidget } from "../WidgetDefinition";
import { validateInput } from "./validateInput";

/** Input: a labelled text field whose `text` and `isValid` bindings can read. */
export const inputDefinition = defineWidget({
  type: "Input",
  label: "Input",
  icon: "⌨",
  defaultSize: { w: 20, h: 7 },
  props: {
    label: { type: "text", default: "Label" },
    inputType: { type: { enum: ["text", "email", "password", "number"] }, default: "text" },
    placeholder: { type: "text", default: "" },
    defaultText: { type: "text", default: "" },
    required: { type: "boolean", default: false },
    regex: { type: "text", default: "" },
    /** 0 means no minimum. */
    minLength: { type: "number", default: 0 },
    /** 0 means no maximum. */
    maxLength: { type: "number", default: 0 },
    errorMessage: { type: "text", default: "" },
    isDisabled: { type: "boolean", default: false },
    isVisible: { type: "boolean", default: true },
  },
  meta: {
    text: { type: "text", default: "" },
    isValid: { type: "boolean", default: true },
  },
  events: ["onTextChanged", "onSubmit"],
  pane: [
    {
      title: "Content",
      fields: [
        {
          prop: "inputType",
          label: "Type",
          control: "select",
          options: [
            { label: "Text", value: "text" },
            { label: "Email", value: "email" },
            { label: "Password", value: "password" },
            { label: "Number", value: "number" },
          ],
        },
        { prop: "label", label: "Label", control: "text" },
        { prop: "placeholder", label: "Placeholder", control: "text" },
        { prop: "defaultText", label: "Default value", control: "code" },
      ],
    },
    {
      title: "Validation",
      fields: [
        { prop: "required", label: "Required", control: "switch" },
        { prop: "regex", label: "Regex", control: "text", help: "Must match the whole text" },
        { prop: "minLength", label: "Min length", control: "text" },
        { prop: "maxLength", label: "Max length", control: "text" },
        { prop: "errorMessage", label: "Error message", control: "text" },
      ],
    },
    {
      title: "General",
      fields: [
        { prop: "isDisabled", label: "Disabled", control: "switch" },
        { prop: "isVisible", label: "Visible", control: "switch" },
      ],
    },
    {
      title: "Events",
      fields: [
        { prop: "onTextChanged", label: "onTextChanged", control: "event" },
        { prop: "onSubmit", label: "onSubmit", control: "event" },
      ],
    },
  ],
  metaFromProps: { text: "defaultText" },
  deriveMeta: (props, meta) => ({ isValid: validateInput(props, meta.text).isValid }),
});
