import {
  type FunctionSignature,
  frameworkSignatures,
  listJsObjectMembers,
  type WidgetTypeSpec,
} from "@tessera/engine";
import type { ViewerPackage } from "./deployment";
import { uiModuleOf } from "./expandUiModules";
import type { PageDoc, Widget } from "./page";

/** A property or function of an entity, with what it holds in turn (`responseMeta.statusCode`). */
export interface EntityMember {
  name: string;
  kind: "property" | "function";
  /** A function's parameters as written: `{ email, password }`, `params?`. */
  params?: string[];
  description?: string;
  /** A widget's state the visitor changes (`Input1.text`): what an action's argument takes. */
  state?: boolean;
  members?: EntityMember[];
}

/** One name page code can use, and what it has. */
export interface EntityFacts {
  name: string;
  kind: "widget" | "query" | "jsObject" | "moduleInstance" | "appsmith" | "local";
  /** What it is, for a completion list: `Input`, `Login v1`, `query`. */
  detail: string;
  members: EntityMember[];
  /**
   * False when its members are not known (a JS object that does not parse, a module
   * instance whose package version is not loaded, a widget of an unknown type): its members
   * are then offered as far as known but never flagged.
   */
  complete: boolean;
}

/** Every name a page's code sees: its entities and the framework functions. */
export interface PageEntities {
  entities: Map<string, EntityFacts>;
  functions: readonly FunctionSignature[];
}

/** What pageEntities needs besides the page. */
export interface PageEntitiesContext {
  /** The package versions the page's module instances are pinned to, as far as loaded. */
  packages: ViewerPackage[];
  /** The engine's spec of each widget type (`widgetTypeSpecs()` of the widgets package). */
  widgetTypes: Record<string, WidgetTypeSpec>;
  /** Keys known to be in `appsmith.store`, offered after `appsmith.store.`. */
  storeKeys?: string[];
  /** Keys the app's queries keep in the vault (model's `keptVaultKeys`), for `vault.x` in query configs. */
  vaultKeys?: string[];
}

const queryMembers: EntityMember[] = [
  { name: "data", kind: "property", description: "The last response body" },
  { name: "isLoading", kind: "property" },
  {
    name: "responseMeta",
    kind: "property",
    members: ["statusCode", "headers", "isExecutionSuccess", "durationMs"].map((name) => ({
      name,
      kind: "property" as const,
    })),
  },
  { name: "error", kind: "property" },
  { name: "run", kind: "function", params: ["params?"], description: "Runs the query; resolves with data" },
  { name: "clear", kind: "function", params: [], description: "Forgets data and error" },
];

const urlMembers = ["fullPath", "host", "hostname", "pathname", "protocol", "port", "hash", "queryParams"];

/**
 * The one list of what page code can name: widgets with their properties, queries, JS objects
 * and module instances with their functions and parameters (from the package versions they
 * are pinned to), `appsmith`, and the framework functions. Completion and the checks of
 * `codeProblems` and `pageProblems` read it.
 *
 * @example pageEntities(doc, { packages, widgetTypes }).entities.get("Login1")?.members
 * // [{ name: "signin", kind: "function", params: ["{ email, password }"], ... }]
 */
export function pageEntities(doc: PageDoc, context: PageEntitiesContext): PageEntities {
  const entities = new Map<string, EntityFacts>();
  const storeKeys = new Set(context.storeKeys ?? []);

  for (const widget of doc.widgets) {
    if (widget.module) {
      entities.set(widget.name, uiModuleFacts(widget, context.packages, storeKeys));
      continue;
    }
    const spec = context.widgetTypes[widget.type];
    const events = new Set(spec?.events ?? []);
    const state = new Set(Object.keys(spec?.meta ?? {}));
    const names = new Set([...Object.keys(spec?.props ?? {}), ...state]);
    for (const [prop, value] of Object.entries(widget.props)) {
      if (events.has(prop)) {
        if (typeof value === "string") for (const key of storedKeysIn(value)) storeKeys.add(key);
      } else names.add(prop);
    }
    entities.set(widget.name, {
      name: widget.name,
      kind: "widget",
      detail: widget.type,
      members: [...names].map((name) => ({
        name,
        kind: "property",
        ...(state.has(name) ? { state: true } : {}),
      })),
      complete: spec !== undefined,
    });
  }

  for (const query of doc.queries) {
    entities.set(query.name, {
      name: query.name,
      kind: "query",
      detail: "query",
      members: queryMembers,
      complete: true,
    });
  }

  for (const jsObject of doc.jsObjects) {
    for (const key of storedKeysIn(jsObject.source)) storeKeys.add(key);
    entities.set(jsObject.name, {
      name: jsObject.name,
      kind: "jsObject",
      detail: "JS object",
      ...membersOfSource(jsObject.source),
    });
  }

  for (const instance of doc.moduleInstances) {
    const pkg = context.packages.find(
      (p) => p.packageId === instance.packageId && p.version === instance.version,
    );
    const source = pkg?.jsModules.find((module) => module.name === instance.moduleName)?.source;
    if (source !== undefined) for (const key of storedKeysIn(source)) storeKeys.add(key);
    entities.set(instance.name, {
      name: instance.name,
      kind: "moduleInstance",
      detail: `${instance.moduleName} v${instance.version}`,
      ...(source === undefined ? { members: [], complete: false } : membersOfSource(source)),
    });
  }

  entities.set("appsmith", {
    name: "appsmith",
    kind: "appsmith",
    detail: "store, URL, user, mode",
    members: [
      {
        name: "store",
        kind: "property",
        description: "Values kept with storeValue",
        members: [...storeKeys].sort().map((name) => ({ name, kind: "property" })),
      },
      { name: "URL", kind: "property", members: urlMembers.map((name) => ({ name, kind: "property" })) },
      { name: "user", kind: "property" },
      { name: "mode", kind: "property", description: '"VIEW" or "EDIT"' },
      {
        name: "vault",
        kind: "property",
        description: "The visitor's server-side session",
        members: [
          { name: "has", kind: "function", params: ["key"], description: "True when the vault holds key" },
          { name: "keys", kind: "function", params: [], description: "The keys the vault holds" },
        ],
      },
    ],
    complete: true,
  });

  return { entities, functions: frameworkSignatures };
}

/**
 * A UI module's instance as the app sees it: its outputs and `isVisible` (its inside is the
 * module's own); the handlers the app wires to its events are code like other events.
 */
function uiModuleFacts(widget: Widget, packages: ViewerPackage[], storeKeys: Set<string>): EntityFacts {
  const module = uiModuleOf(widget, packages);
  for (const event of module?.events ?? []) {
    const handler = widget.props[event.name];
    if (typeof handler === "string") for (const key of storedKeysIn(handler)) storeKeys.add(key);
  }
  return {
    name: widget.name,
    kind: "widget",
    detail: `${widget.module?.moduleName} v${widget.module?.version}`,
    members: [
      ...(module?.outputs ?? []).map((output) => ({
        name: output.name,
        kind: "property" as const,
        ...(output.description ? { description: output.description } : {}),
      })),
      { name: "isVisible", kind: "property" },
    ],
    complete: module !== undefined,
  };
}

function membersOfSource(source: string): { members: EntityMember[]; complete: boolean } {
  const listed = listJsObjectMembers(source);
  if ("error" in listed) return { members: [], complete: false };
  return {
    members: listed.members.map((member) =>
      member.kind === "function"
        ? {
            name: member.name,
            kind: "function",
            params: member.params,
            description: member.async ? "async function" : undefined,
            members: [{ name: "data", kind: "property", description: "Its last result" }],
          }
        : { name: member.name, kind: "property" },
    ),
    complete: true,
  };
}

/** Keys code stores under a literal name: `storeValue("token", ...)`. A hint for completion only. */
function storedKeysIn(code: string): string[] {
  return [...code.matchAll(/storeValue\(\s*["'`]([A-Za-z_$][\w$]*)["'`]/g)].map((match) => match[1]);
}
