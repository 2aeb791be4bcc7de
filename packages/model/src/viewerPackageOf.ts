import type { ViewerPackage } from "./deployment";
import type { ModuleBody } from "./module";
import { browserBindings } from "./queryKinds";

/**
 * A package version as a viewer receives it: JS and UI modules whole, each query module
 * reduced to its name, inputs and binding expressions.
 */
export function viewerPackageOf(pkg: {
  packageId: string;
  version: number;
  modules: ModuleBody[];
}): ViewerPackage {
  const viewer: ViewerPackage = {
    packageId: pkg.packageId,
    version: pkg.version,
    jsModules: [],
    queryModules: [],
    uiModules: [],
  };
  for (const module of pkg.modules) {
    if (module.kind === "js") viewer.jsModules.push(module);
    else if (module.kind === "ui") viewer.uiModules.push(module);
    else
      viewer.queryModules.push({
        name: module.name,
        inputs: module.inputs,
        bindings: browserBindings(module.config),
      });
  }
  return viewer;
}
