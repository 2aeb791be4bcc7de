import { type Datasource, emptyQueryConfig, type ModuleBody } from "@tessera/model";

/** The body of a new query module on a datasource (a GET when none), in its kind, no inputs. */
export function newQueryModule(name: string, datasource: Pick<Datasource, "id" | "kind"> | null): ModuleBody {
  return {
    kind: "query",
    name,
    inputs: [],
    config: emptyQueryConfig(datasource?.kind ?? "rest", datasource?.id ?? null),
  };
}

/** The body of a new JS module, with one empty function to start from, as Appsmith does. */
export function newJsModule(name: string): ModuleBody {
  return {
    kind: "js",
    name,
    inputs: [],
    source:
      "export default {\n  myFun1: async () => {\n    // Call a query module: await sign_in.run({ email, password })\n  },\n};\n",
  };
}

/** The body of a new UI module: an empty canvas, no props, outputs or events. */
export function newUiModule(name: string): ModuleBody {
  return { kind: "ui", name, inputs: [], widgets: [], outputs: [], events: [] };
}
