import { currentBudget, startBudget } from "../sandbox/budget";
import { isRecordList, toCsv } from "./toCsv";
import type { AlertType, EngineHost, NavigationTarget } from "./types";

/** What the framework functions need from the runtime. */
export interface FrameworkContext {
  host: EngineHost;
  /** Refuses to run while a binding is evaluated (throws). */
  assertTrigger: (what: string) => void;
  getStore: () => Record<string, unknown>;
  /** Replaces the store at once and re-runs what read the changed keys. */
  setStore: (store: Record<string, unknown>, changedKeys: string[]) => void;
  /** Replaces the vault's key names (`appsmith.vault`) and re-runs what read them. */
  setVaultKeys: (keys: string[]) => void;
  /** Resets a widget's meta state to its defaults. */
  resetMeta: (widget: string) => void;
  /** Publishes pending changes, so the page shows them before the host acts. */
  beforeAction: () => void;
  /** Opens or closes a modal: sets its `isOpen`, or throws naming a widget that is no modal. */
  setModalOpen: (widget: string, open: boolean) => void;
}

const alertTypes = new Set<AlertType>(["success", "info", "warning", "error"]);

/**
 * The functions user code calls to act on the page: storeValue, removeValue, clearStore,
 * clearVault, navigateTo, showAlert, resetWidget, copyToClipboard, download, showModal,
 * closeModal. Each returns a Promise the host settles; the store (or the modal's `isOpen`)
 * changes before that, so the rest of the handler already reads the new value.
 */
export function createFrameworkFunctions(
  context: FrameworkContext,
): Record<string, (...args: never[]) => unknown> {
  const act = <A extends unknown[]>(name: string, run: (...args: A) => Promise<void>) => {
    return (...args: A): Promise<void> => {
      context.assertTrigger(name);
      const { limitMs, label } = currentBudget();
      let pending: Promise<void>;
      try {
        pending = run(...args);
      } catch (error) {
        return Promise.reject(error);
      }
      // The caller resumes after the host answered: give it a fresh limit then.
      return pending.then(
        () => startBudget(limitMs, label),
        (error: unknown) => {
          startBudget(limitMs, label);
          throw error;
        },
      );
    };
  };

  return {
    storeValue: act("storeValue", (key: unknown, value: unknown, persist: unknown = true) => {
      const name = requireKey("storeValue", key);
      context.setStore({ ...context.getStore(), [name]: value }, [name]);
      context.beforeAction();
      return context.host.storeValue(name, value, persist !== false);
    }),
    removeValue: act("removeValue", (key: unknown) => {
      const name = requireKey("removeValue", key);
      const { [name]: _removed, ...rest } = context.getStore();
      context.setStore(rest, [name]);
      context.beforeAction();
      return context.host.removeValue(name);
    }),
    // Signing out is one call: the host empties the visitor's vault too.
    clearStore: act("clearStore", () => {
      context.setStore({}, Object.keys(context.getStore()));
      context.setVaultKeys([]);
      context.beforeAction();
      return context.host.clearStore();
    }),
    clearVault: act("clearVault", () => {
      context.setVaultKeys([]);
      context.beforeAction();
      return context.host.clearVault();
    }),
    navigateTo: act("navigateTo", (page: unknown, params: unknown = {}, target: unknown = "SAME_WINDOW") => {
      if (typeof page !== "string" || page === "")
        throw new TypeError("navigateTo needs a page name or a URL");
      const query = typeof params === "object" && params !== null ? (params as Record<string, unknown>) : {};
      const where: NavigationTarget = target === "NEW_WINDOW" ? "NEW_WINDOW" : "SAME_WINDOW";
      context.beforeAction();
      return context.host.navigateTo(page, query, where);
    }),
    showAlert: act("showAlert", (message: unknown, type: unknown = "info") => {
      const text = typeof message === "string" ? message : (JSON.stringify(message) ?? String(message));
      context.beforeAction();
      return context.host.showAlert(text, alertTypes.has(type as AlertType) ? (type as AlertType) : "info");
    }),
    resetWidget: act("resetWidget", (widget: unknown, resetChildren: unknown = true) => {
      if (typeof widget !== "string") throw new TypeError("resetWidget needs a widget name");
      context.resetMeta(widget);
      context.beforeAction();
      return context.host.resetWidget(widget, resetChildren !== false);
    }),
    copyToClipboard: act("copyToClipboard", (text: unknown) => {
      context.beforeAction();
      return context.host.copyToClipboard(
        typeof text === "string" ? text : (JSON.stringify(text) ?? String(text)),
      );
    }),
    download: act("download", (data: unknown, fileName: unknown, fileType: unknown = "") => {
      if (typeof fileName !== "string" || fileName === "") throw new TypeError("download needs a file name");
      const given = typeof fileType === "string" ? fileType.trim().toLowerCase() : "";
      // A list of records is a table: CSV when asked for, or when the file name says .csv.
      const csv = given === "text/csv" || given === "csv" || (given === "" && /\.csv$/i.test(fileName));
      const text = typeof data === "string";
      let content: string;
      let type: string;
      if (csv && !text) {
        if (!isRecordList(data) && !(Array.isArray(data) && data.length === 0)) {
          throw new TypeError("download as CSV needs an array of objects (rows), or a text");
        }
        content = toCsv(data as Record<string, unknown>[]);
        type = "text/csv";
      } else {
        content = text ? data : (JSON.stringify(data, null, 2) ?? String(data));
        type = csv ? "text/csv" : given.includes("/") ? given : text ? "text/plain" : "application/json";
      }
      context.beforeAction();
      return context.host.download(content, fileName, type);
    }),
    showModal: act("showModal", (widget: unknown) => {
      if (typeof widget !== "string" || widget === "") throw new TypeError("showModal needs a modal's name");
      context.setModalOpen(widget, true);
      context.beforeAction();
      return context.host.showModal(widget);
    }),
    closeModal: act("closeModal", (widget: unknown) => {
      if (typeof widget !== "string" || widget === "") throw new TypeError("closeModal needs a modal's name");
      context.setModalOpen(widget, false);
      context.beforeAction();
      return context.host.closeModal(widget);
    }),
  };
}

function requireKey(fn: string, key: unknown): string {
  if (typeof key !== "string" || key === "") throw new TypeError(`${fn} needs a key (a non-empty text)`);
  return key;
}
