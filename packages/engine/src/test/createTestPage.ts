import type {
  EngineHost,
  QueryRunRequest,
  QueryRunResult,
  RuntimePage,
  RuntimeWidget,
  WidgetTypeSpec,
} from "../runtime/types";

/** Widget types like the widgets package declares them, for tests. */
export const testWidgetTypes: Record<string, WidgetTypeSpec> = {
  Text: { props: { text: "text", isVisible: "boolean" }, meta: {}, events: [] },
  Input: {
    props: { label: "text", defaultText: "text", maxLength: "number" },
    meta: { text: "", isValid: true },
    metaFromProps: { text: "defaultText" },
    events: ["onTextChanged", "onSubmit"],
  },
  Button: { props: { label: "text", isDisabled: "boolean" }, meta: {}, events: ["onClick"] },
  Table: { props: { data: "array" }, meta: { selectedRowIndex: -1 }, events: [] },
};

/** A page with sensible empty parts; pass the parts a test needs. */
export function createTestPage(
  parts: Partial<Omit<RuntimePage, "widgets">> & { widgets?: RuntimeWidget[] } = {},
): RuntimePage {
  return {
    widgets: [],
    widgetTypes: testWidgetTypes,
    queries: [],
    jsObjects: [],
    moduleInstances: [],
    ...parts,
    appsmith: {
      store: {},
      URL: {
        fullPath: "http://localhost/app/demo/home",
        host: "localhost",
        hostname: "localhost",
        pathname: "/app/demo/home",
        protocol: "http:",
        port: "",
        hash: "",
        queryParams: {},
      },
      user: null,
      mode: "VIEW",
      ...parts.appsmith,
    },
  };
}

/** One call the engine asked the host to carry out. */
export type HostCall = [name: string, ...args: unknown[]];

/** A host that records every call and answers queries with `answer`. */
export function createTestHost(
  answer: (request: QueryRunRequest) => QueryRunResult | Promise<QueryRunResult> = () => ok({}),
) {
  const calls: HostCall[] = [];
  const store: Record<string, unknown> = {};
  const host: EngineHost = {
    async runQuery(request) {
      calls.push(["runQuery", request]);
      return answer(request);
    },
    async storeValue(key, value, persist) {
      calls.push(["storeValue", key, value, persist]);
      store[key] = value;
    },
    async removeValue(key) {
      calls.push(["removeValue", key]);
      delete store[key];
    },
    async clearStore() {
      calls.push(["clearStore"]);
      for (const key of Object.keys(store)) delete store[key];
    },
    async clearVault() {
      calls.push(["clearVault"]);
    },
    async navigateTo(page, params, target) {
      calls.push(["navigateTo", page, params, target]);
    },
    async showAlert(message, type) {
      calls.push(["showAlert", message, type]);
    },
    async resetWidget(name, resetChildren) {
      calls.push(["resetWidget", name, resetChildren]);
    },
    async copyToClipboard(text) {
      calls.push(["copyToClipboard", text]);
    },
    async download(content, fileName, fileType) {
      calls.push(["download", content, fileName, fileType]);
    },
    async showModal(name) {
      calls.push(["showModal", name]);
    },
    async closeModal(name) {
      calls.push(["closeModal", name]);
    },
  };
  return { host, calls, store };
}

/** A successful upstream answer. */
export function ok(body: unknown, status = 200): QueryRunResult {
  return { ok: true, status, headers: { "content-type": "application/json" }, body, durationMs: 5 };
}

/** A failed upstream answer (4xx/5xx are data, not network errors). */
export function failed(body: unknown, status = 400): QueryRunResult {
  return { ok: false, status, headers: { "content-type": "application/json" }, body, durationMs: 5 };
}
