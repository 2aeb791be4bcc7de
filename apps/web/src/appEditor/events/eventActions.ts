import { parseSegments } from "@tessera/engine";

/** A value typed in the picker: plain text, `{{ expression }}`, or text with bindings in it. */
export type FieldText = string;

export interface NamedValue {
  name: string;
  value: FieldText;
}

/** Arguments of a JS function: one object (`{ email, password }`) or a list. */
export type ActionArguments = { named: NamedValue[] } | { positional: FieldText[] };

export type AlertKind = "success" | "info" | "warning" | "error";

/** What the action picker builds; `eventCode` writes it as ordinary handler code. */
export type EventAction =
  | {
      kind: "runFunction";
      entity: string;
      fn: string;
      args: ActionArguments;
      onSuccess: EventAction[];
      onFailure: EventAction[];
    }
  | {
      kind: "runQuery";
      query: string;
      params: NamedValue[];
      onSuccess: EventAction[];
      onFailure: EventAction[];
    }
  | { kind: "navigateTo"; target: FieldText; params: NamedValue[]; newWindow: boolean }
  | { kind: "showAlert"; message: FieldText; type: AlertKind }
  | { kind: "storeValue"; key: string; value: FieldText }
  | { kind: "showModal"; modal: string }
  | { kind: "closeModal"; modal: string }
  | { kind: "copyToClipboard"; text: FieldText }
  | { kind: "download"; data: FieldText; fileName: FieldText; fileType: string };

export type EventActionKind = EventAction["kind"];

/** The picker's choices, in its order, with the words it shows. */
export const eventActionKinds: { kind: EventActionKind; label: string }[] = [
  { kind: "runFunction", label: "Run a JS function" },
  { kind: "runQuery", label: "Run a query" },
  { kind: "navigateTo", label: "Navigate to" },
  { kind: "showAlert", label: "Show alert" },
  { kind: "storeValue", label: "Store value" },
  { kind: "showModal", label: "Show modal" },
  { kind: "closeModal", label: "Close modal" },
  { kind: "copyToClipboard", label: "Copy to clipboard" },
  { kind: "download", label: "Download" },
];

/** A fresh action of a kind, its fields empty. */
export function emptyEventAction(kind: EventActionKind): EventAction {
  switch (kind) {
    case "runFunction":
      return { kind, entity: "", fn: "", args: { positional: [] }, onSuccess: [], onFailure: [] };
    case "runQuery":
      return { kind, query: "", params: [], onSuccess: [], onFailure: [] };
    case "navigateTo":
      return { kind, target: "", params: [], newWindow: false };
    case "showAlert":
      return { kind, message: "", type: "info" };
    case "storeValue":
      return { kind, key: "", value: "" };
    case "showModal":
    case "closeModal":
      return { kind, modal: "" };
    case "copyToClipboard":
      return { kind, text: "" };
    case "download":
      return { kind, data: "", fileName: "", fileType: "" };
  }
}

/** True when every name an action needs is chosen, so its code can run. */
export function isCompleteAction(action: EventAction): boolean {
  switch (action.kind) {
    case "runFunction":
      return (
        action.entity !== "" &&
        action.fn !== "" &&
        [...action.onSuccess, ...action.onFailure].every(isCompleteAction)
      );
    case "runQuery":
      return action.query !== "" && [...action.onSuccess, ...action.onFailure].every(isCompleteAction);
    case "storeValue":
      return action.key !== "";
    case "showModal":
    case "closeModal":
      return action.modal !== "";
    default:
      return true;
  }
}

/**
 * The JS expression of a picker value: plain text is a string, `{{x}}` alone is `x`, text with
 * bindings in it a template literal.
 *
 * @example fieldTextExpression("Hi {{Input1.text}}") // "`Hi ${Input1.text}`"
 */
export function fieldTextExpression(text: FieldText): string {
  const segments = parseSegments(text);
  if (!segments.some((s) => s.kind === "binding")) return JSON.stringify(text);
  if (segments.length === 1 && segments[0].kind === "binding") return segments[0].expression || "undefined";
  const body = segments
    .map((s) =>
      s.kind === "binding"
        ? `\${${s.expression}}`
        : s.text.replace(/[\\`]/g, "\\$&").replace(/\$\{/g, "\\${"),
    )
    .join("");
  return `\`${body}\``;
}

const objectOf = (entries: NamedValue[]) =>
  `{ ${entries.map((entry) => `${entry.name}: ${fieldTextExpression(entry.value)}`).join(", ")} }`;

function callbackOf(param: string, actions: EventAction[]): string {
  return `(${param}) => { ${actions.map((action) => `${actionExpression(action)};`).join(" ")} }`;
}

/** One action as a JS expression, its callbacks chained: `Login1.signin(...).catch((error) => { ... })`. */
export function actionExpression(action: EventAction): string {
  switch (action.kind) {
    case "runFunction":
    case "runQuery": {
      let base: string;
      if (action.kind === "runQuery") {
        base = `${action.query}.run(${action.params.length > 0 ? objectOf(action.params) : ""})`;
      } else if ("named" in action.args) {
        const given = action.args.named.filter((entry) => entry.value !== "");
        base = `${action.entity}.${action.fn}(${given.length > 0 ? objectOf(given) : ""})`;
      } else {
        const values = [...action.args.positional];
        while (values.length > 0 && values[values.length - 1] === "") values.pop();
        base = `${action.entity}.${action.fn}(${values.map((v) => (v === "" ? "undefined" : fieldTextExpression(v))).join(", ")})`;
      }
      if (action.onSuccess.length > 0) base += `.then(${callbackOf("result", action.onSuccess)})`;
      if (action.onFailure.length > 0) base += `.catch(${callbackOf("error", action.onFailure)})`;
      return base;
    }
    case "navigateTo": {
      const args = [fieldTextExpression(action.target)];
      if (action.params.length > 0 || action.newWindow)
        args.push(objectOf(action.params).replace("{  }", "{}"));
      if (action.newWindow) args.push('"NEW_WINDOW"');
      return `navigateTo(${args.join(", ")})`;
    }
    case "showAlert":
      return `showAlert(${fieldTextExpression(action.message)}, ${JSON.stringify(action.type)})`;
    case "storeValue":
      return `storeValue(${JSON.stringify(action.key)}, ${fieldTextExpression(action.value)})`;
    case "showModal":
    case "closeModal":
      return `${action.kind}(${JSON.stringify(action.modal)})`;
    case "copyToClipboard":
      return `copyToClipboard(${fieldTextExpression(action.text)})`;
    case "download": {
      const args = [fieldTextExpression(action.data), fieldTextExpression(action.fileName)];
      if (action.fileType !== "") args.push(JSON.stringify(action.fileType));
      return `download(${args.join(", ")})`;
    }
  }
}

/** The event property's text for an action: `{{ ... }}`, read back by `readEventAction`. */
export function eventCode(action: EventAction): string {
  return `{{${actionExpression(action)}}}`;
}
