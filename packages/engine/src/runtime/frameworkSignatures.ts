/** A function user code can call, as the editor offers and checks it. */
export interface FunctionSignature {
  name: string;
  /** Parameters as written in a signature: `key`, `persist?`. */
  params: string[];
  /** One line on what it does. */
  description: string;
}

/**
 * The framework functions every page's code sees (createFrameworkFunctions and createTimers),
 * with their parameters. A function added there is added here, or the editor flags its calls.
 */
export const frameworkSignatures: readonly FunctionSignature[] = [
  {
    name: "storeValue",
    params: ["key", "value", "persist?"],
    description: "Keeps a value in appsmith.store",
  },
  { name: "removeValue", params: ["key"], description: "Removes a key from appsmith.store" },
  {
    name: "clearStore",
    params: [],
    description: "Empties appsmith.store (and the vault, when it holds keys)",
  },
  { name: "clearVault", params: [], description: "Empties the visitor's vault on the server" },
  {
    name: "navigateTo",
    params: ["pageNameOrUrl", "params?", "target?"],
    description: 'Opens a page or URL; target "SAME_WINDOW" or "NEW_WINDOW"',
  },
  {
    name: "showAlert",
    params: ["message", "type?"],
    description: 'Shows a toast; type "success", "info", "warning" or "error"',
  },
  { name: "resetWidget", params: ["widgetName", "resetChildren?"], description: "Resets a widget's state" },
  { name: "copyToClipboard", params: ["text"], description: "Copies text to the visitor's clipboard" },
  {
    name: "download",
    params: ["data", "fileName", "fileType?"],
    description: 'Saves data as a file: rows as CSV for "text/csv" or a .csv name, objects as JSON',
  },
  { name: "showModal", params: ["modalName"], description: "Opens a Modal widget" },
  { name: "closeModal", params: ["modalName"], description: "Closes a Modal widget" },
  { name: "setTimeout", params: ["callback", "delay?", "...args"], description: "Runs a function later" },
  { name: "clearTimeout", params: ["id"], description: "Cancels a setTimeout" },
  {
    name: "setInterval",
    params: ["callback", "delay", "id?"],
    description: "Runs a function every delay ms until clearInterval(id) or the page changes",
  },
  { name: "clearInterval", params: ["id"], description: "Stops the setInterval of that id" },
];
