import { describe, expect, it } from "vitest";
import {
  type EventAction,
  emptyEventAction,
  eventCode,
  fieldTextExpression,
  isCompleteAction,
} from "./eventActions";
import { readEventAction } from "./readEventAction";

const context = { queries: new Set(["Api1"]) };

const actions: [string, EventAction][] = [
  [
    "runFunction with named arguments and both callbacks",
    {
      kind: "runFunction",
      entity: "Login1",
      fn: "signin",
      args: {
        named: [
          { name: "email", value: "{{Input1.text}}" },
          { name: "password", value: "{{Input2.text}}" },
        ],
      },
      onSuccess: [{ kind: "showAlert", message: "Welcome {{Input1.text}}", type: "success" }],
      onFailure: [
        { kind: "showAlert", message: "{{error.message}}", type: "error" },
        { kind: "storeValue", key: "failed", value: "{{true}}" },
      ],
    },
  ],
  [
    "runFunction with positional arguments",
    {
      kind: "runFunction",
      entity: "Helpers",
      fn: "greet",
      args: { positional: ["world", "{{Input1.text}}"] },
      onSuccess: [],
      onFailure: [],
    },
  ],
  [
    "runQuery with params and a nested chain",
    {
      kind: "runQuery",
      query: "Api1",
      params: [{ name: "id", value: "{{Table1.selectedRow.id}}" }],
      onSuccess: [
        {
          kind: "runFunction",
          entity: "Helpers",
          fn: "load",
          args: { positional: [] },
          onSuccess: [],
          onFailure: [{ kind: "showAlert", message: "Could not load", type: "warning" }],
        },
      ],
      onFailure: [],
    },
  ],
  ["navigateTo a page", { kind: "navigateTo", target: "Home", params: [], newWindow: false }],
  [
    "navigateTo a URL with params in a new window",
    {
      kind: "navigateTo",
      target: "https://example.com/{{Input1.text}}",
      params: [{ name: "q", value: "a `quoted` $ {value}" }],
      newWindow: true,
    },
  ],
  ["showAlert", { kind: "showAlert", message: 'Say "hi"', type: "info" }],
  ["storeValue", { kind: "storeValue", key: "theme", value: "dark" }],
  ["showModal", { kind: "showModal", modal: "Modal1" }],
  ["closeModal", { kind: "closeModal", modal: "Modal1" }],
  ["copyToClipboard", { kind: "copyToClipboard", text: "{{Input1.text}}" }],
  [
    "download with a type",
    { kind: "download", data: "{{Api1.data}}", fileName: "users.json", fileType: "application/json" },
  ],
  [
    "download without a type",
    { kind: "download", data: "a,b", fileName: "{{Input1.text}}.csv", fileType: "" },
  ],
];

describe("event actions", () => {
  it.each(actions)("%s reads back from the code it writes", (_name, action) => {
    const code = eventCode(action);
    expect(readEventAction(code, context)).toEqual(action);
  });

  it("writes ordinary handler code", () => {
    expect(eventCode(actions[0][1])).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected code holds a template literal
      '{{Login1.signin({ email: Input1.text, password: Input2.text }).then((result) => { showAlert(`Welcome ${Input1.text}`, "success"); }).catch((error) => { showAlert(error.message, "error"); storeValue("failed", true); })}}',
    );
    expect(eventCode({ kind: "navigateTo", target: "Home", params: [], newWindow: true })).toBe(
      '{{navigateTo("Home", {}, "NEW_WINDOW")}}',
    );
  });

  it("reads hand-written code of the same forms", () => {
    expect(readEventAction("{{ Login1.signin({ email: Input1.text }) }}", context)).toMatchObject({
      kind: "runFunction",
      args: { named: [{ name: "email", value: "{{Input1.text}}" }] },
    });
    expect(readEventAction("{{showAlert('Hi')}}", context)).toEqual({
      kind: "showAlert",
      message: "Hi",
      type: "info",
    });
  });

  it("leaves code it cannot show as an action to the code field", () => {
    for (const code of [
      "",
      "{{Login1.signin()}} and text",
      "{{a}}{{b}}",
      "{{const x = 1}}",
      "{{showAlert('Hi', 'loud')}}",
      "{{showAlert('Hi').then(() => clearStore())}}",
      "{{Login1.signin(}}",
      "{{Api1.run().catch(() => { const x = 1; })}}",
    ])
      expect(readEventAction(code, context)).toBeNull();
  });

  it("turns picker values into expressions", () => {
    expect(fieldTextExpression("plain")).toBe('"plain"');
    expect(fieldTextExpression("{{Input1.text}}")).toBe("Input1.text");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: as above
    expect(fieldTextExpression("Hi {{Input1.text}}!")).toBe("`Hi ${Input1.text}!`");
  });

  it("holds an action back until the names it needs are chosen", () => {
    expect(isCompleteAction(emptyEventAction("showAlert"))).toBe(true);
    expect(isCompleteAction(emptyEventAction("runFunction"))).toBe(false);
    expect(
      isCompleteAction({ ...actions[0][1], onFailure: [emptyEventAction("runQuery")] } as EventAction),
    ).toBe(false);
    expect(isCompleteAction(actions[0][1])).toBe(true);
  });
});
