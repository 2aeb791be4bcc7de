import type { QueryConfig } from "@tessera/model";
import type { RunnableDatasource } from "../../datasources/openDatasourceForRun";
import { unknownKind } from "../executionErrors";
import { restKind } from "./rest/restKind";

/** Every datasource kind the server runs, by name: a new kind is one line here. */
export const registry = {
  rest: restKind,
} as const;

/** The name of a kind the server knows (`"rest"`). */
export type KindName = keyof typeof registry;

/**
 * The kind named `name`; a name the server does not know is a 400 `unknown_kind` naming it
 * and the known ones (a datasource or query saved by a newer version, or a typo in an import).
 */
export function kindOf(name: string): (typeof registry)[KindName] {
  if (!Object.hasOwn(registry, name)) {
    throw unknownKind(name, Object.keys(registry));
  }
  return registry[name as KindName];
}

/**
 * The kind a stored query runs with: its `kind` (parsing adds "rest" to configs stored before
 * kinds existed; a config built in code may still leave it out).
 */
export function kindOfQuery(config: QueryConfig): KindName {
  return config.kind ?? "rest";
}

/**
 * The kind of a stored datasource. Datasources have no kind column yet, so every one is REST;
 * once they do, this reads it.
 */
export function kindOfDatasource(_datasource: RunnableDatasource): KindName {
  return "rest";
}
