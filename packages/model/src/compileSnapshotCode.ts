import { compilePageCode, type RuntimeModuleInstance } from "@tessera/engine";
import type { DeploymentSnapshot, ViewerPackage, ViewerPage } from "./deployment";
import { expandUiModules } from "./expandUiModules";
import type { Widget } from "./page";
import { viewerPackageOf } from "./viewerPackageOf";
import { viewerPageOf } from "./viewerPageOf";

/**
 * Bumped when compiled code changes form or meaning: older compiled code is then made again.
 * 2: widgets compiled with their engine props (a Table's computed columns were left out).
 * 3: UI module instances compiled as the viewer runs them, expanded.
 * 4: a UI module instance's props binding checks them (`uiModuleProps`).
 */
export const COMPILED_CODE_VERSION = 4;

/**
 * What compiling needs of the widget types: a stored widget's props as the engine evaluates
 * them (migrated to its type's current version, its definition's derived props laid over),
 * exactly as the viewer hands them to the engine. The model cannot name the widget package
 * (that imports the model): `engineWidgets` of `@tessera/widgets/definitions` is the one to pass.
 */
export interface EngineWidgets {
  engineProps(widget: Widget): Record<string, unknown>;
}

/**
 * The module instances of a page as the engine runs them: each with the JS module and query
 * modules of the package version it is pinned to. An instance whose package version or module
 * is missing is left out and reported, so the rest of the page still runs.
 */
export function moduleInstancesOf(
  page: Pick<ViewerPage, "moduleInstances">,
  packages: ViewerPackage[],
): { instances: RuntimeModuleInstance[]; problems: string[] } {
  const instances: RuntimeModuleInstance[] = [];
  const problems: string[] = [];
  for (const instance of page.moduleInstances) {
    const pkg = packages.find((p) => p.packageId === instance.packageId && p.version === instance.version);
    const jsModule = pkg?.jsModules.find((module) => module.name === instance.moduleName);
    const queryModule = pkg?.queryModules.find((module) => module.name === instance.moduleName);
    if (pkg && jsModule) {
      instances.push({
        name: instance.name,
        jsModule: { source: jsModule.source, inputs: jsModule.inputs },
        queryModules: pkg.queryModules.map((query) => ({
          name: query.name,
          inputs: query.inputs,
          bindings: query.bindings,
        })),
        inputValues: instance.inputs,
        runOnPageLoad: instance.runOnPageLoad,
      });
    } else if (queryModule) {
      instances.push({
        name: instance.name,
        queryModule: { name: queryModule.name, inputs: queryModule.inputs, bindings: queryModule.bindings },
        inputValues: instance.inputs,
        runOnPageLoad: instance.runOnPageLoad,
        confirmBeforeRun: instance.confirmBeforeRun,
      });
    } else {
      problems.push(`${instance.name}: module ${instance.moduleName} v${instance.version} is not available`);
    }
  }
  return { instances, problems };
}

/**
 * Compiles the code of every page of a deployment, as its viewer will run it: done at deploy
 * (and for older deployments when first viewed), so the viewer ships no parser.
 * @example compileSnapshotCode(snapshot, engineWidgets) // engineWidgets from "@tessera/widgets/definitions"
 */
export function compileSnapshotCode(
  snapshot: Pick<DeploymentSnapshot, "pages" | "packages">,
  widgets: EngineWidgets,
): NonNullable<DeploymentSnapshot["compiledCode"]> {
  const packages = snapshot.packages.map(viewerPackageOf);
  const pages: Record<string, ReturnType<typeof compilePageCode>> = {};
  for (const page of snapshot.pages) {
    const viewer = expandUiModules(viewerPageOf(page), packages).page;
    pages[page.id] = compilePageCode({
      widgets: viewer.widgets.map((widget) => ({
        name: widget.name,
        type: widget.type,
        props: widgets.engineProps(widget),
      })),
      queries: viewer.queries,
      jsObjects: viewer.jsObjects,
      moduleInstances: moduleInstancesOf(viewer, packages).instances,
    });
  }
  return { version: COMPILED_CODE_VERSION, pages };
}
