import type { RuntimePage } from "@tessera/engine";
import { browserBindings, type JsModule, type ModuleBody } from "@tessera/model";

/**
 * A page holding only one instance of a draft JS module, named as the module, with the
 * package's query modules beside it: what the engine needs to run one of its functions from
 * the editor.
 */
export function jsModuleRuntimePage(
  jsModule: JsModule,
  packageModules: ModuleBody[],
  location: Pick<Location, "href" | "host" | "hostname" | "pathname" | "protocol" | "port"> = window.location,
): RuntimePage {
  return {
    widgets: [],
    widgetTypes: {},
    queries: [],
    jsObjects: [],
    moduleInstances: [
      {
        name: jsModule.name,
        jsModule: { source: jsModule.source, inputs: jsModule.inputs },
        queryModules: packageModules.flatMap((m) =>
          m.kind === "query" ? [{ name: m.name, inputs: m.inputs, bindings: browserBindings(m.config) }] : [],
        ),
      },
    ],
    appsmith: {
      store: {},
      URL: {
        fullPath: location.href,
        host: location.host,
        hostname: location.hostname,
        pathname: location.pathname,
        protocol: location.protocol,
        port: location.port,
        hash: "",
        queryParams: {},
      },
      user: null,
      mode: "EDIT",
    },
  };
}
