import "@tessera/widgets/widgets.css";
import "../runtime/runtime.css";
import "../appEditor/appEditor.css";
import {
  type ModuleBody,
  type ModuleInstance,
  type PageDoc,
  type UiModule,
  viewerPackageOf,
} from "@tessera/model";
import { loadWidgets } from "@tessera/widgets";
import { use, useEffect, useMemo } from "react";
import { PageCodeContext, usePageCodeOf } from "../appEditor/bindings/PageCodeContext";
import { Canvas } from "../appEditor/canvas/Canvas";
import { useCanvasShortcuts } from "../appEditor/canvas/useCanvasShortcuts";
import { PropertyPane } from "../appEditor/inspector/PropertyPane";
import { WidgetPalette } from "../appEditor/palette/WidgetPalette";
import { useEditorStore } from "../store/editorStore";
import { InputsPane } from "./InputsPane";
import { editModule } from "./moduleDrafts";
import { UiModuleEventsPane } from "./UiModuleEventsPane";
import { UiModuleOutputsPane } from "./UiModuleOutputsPane";
import { uiModuleDoc } from "./uiModuleDoc";
import { uiModuleDocTarget } from "./uiModuleDocTarget";
import { useUiModuleEvaluation } from "./useUiModuleEvaluation";

const everyWidgetType = loadWidgets() ?? Promise.resolve();

/** What a UI module's code sees besides its widgets and the package's modules. */
const UI_MODULE_LOCALS = ["props", "emit"] as const;

/**
 * A UI module's editor: the app editor's palette, canvas and property pane over the module's
 * widgets (with its undo and keyboard), evaluated as an instance with its prop defaults runs,
 * and, when no widget is selected, its props, outputs and events. Its own chunk, loaded when a UI module is opened.
 */
export default function UiModuleEditor({
  packageId,
  moduleId,
  module,
  packageModules,
}: {
  packageId: string;
  moduleId: string;
  module: UiModule;
  packageModules: ModuleBody[];
}) {
  use(everyWidgetType);
  const target = useMemo(() => uiModuleDocTarget(moduleId), [moduleId]);
  const doc = useMemo(() => uiModuleDoc(module), [module]);
  const selection = useEditorStore((s) => s.widgetSelection);
  useCanvasShortcuts(target, true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection belongs to one module: opening another clears it
  useEffect(() => {
    const store = useEditorStore.getState();
    store.selectWidgets([]);
    store.setPlacingWidget(null);
  }, [moduleId]);

  const code = useModuleCode(packageId, doc, packageModules);
  const evaluation = useUiModuleEvaluation(packageId, module, packageModules);
  const selected = doc.widgets.filter((w) => selection.includes(w.id));
  const change = (patch: Partial<UiModule>) =>
    editModule(moduleId, (m) => (m.kind === "ui" ? { ...m, ...patch } : m));

  return (
    <PageCodeContext value={code}>
      <div className="ui-module-editor">
        <div className="ae-center">
          <WidgetPalette target={target} />
          {evaluation.problems.map((problem) => (
            <p key={problem} className="ae-field-error">
              {problem}
            </p>
          ))}
          <Canvas target={target} doc={doc} evaluation={evaluation.result} />
        </div>
        <aside className="ae-right" aria-label="Inspector">
          {selected.length === 1 ? (
            <PropertyPane target={target} doc={doc} widget={selected[0]} evaluation={evaluation.result} />
          ) : (
            <>
              <InputsPane
                title="Props"
                noun="prop"
                reference="props"
                inputs={module.inputs}
                onChange={(inputs) => change({ inputs })}
              />
              <UiModuleOutputsPane outputs={module.outputs} onChange={(outputs) => change({ outputs })} />
              <UiModuleEventsPane events={module.events} onChange={(events) => change({ events })} />
            </>
          )}
        </aside>
      </div>
    </PageCodeContext>
  );
}

/**
 * The names the module's code sees: its widgets, the package's JS and query modules by name
 * (as a JS module calls them), `props` and `emit`, for the property pane's completion and
 * checks. The package is read from the drafts, so a function added a moment ago completes.
 */
function useModuleCode(packageId: string, doc: PageDoc, packageModules: ModuleBody[]) {
  const { codeDoc, packages } = useMemo(() => {
    // Version 0 stands for the drafts: nothing published is pinned to it.
    const draftPackage = viewerPackageOf({ packageId, version: 0, modules: packageModules });
    const instances: ModuleInstance[] = packageModules
      .filter((m) => m.kind !== "ui")
      .map((m) => ({
        id: `module:${m.name}`,
        name: m.name,
        packageId,
        moduleName: m.name,
        version: 0,
        runOnPageLoad: [],
        inputs: {},
        confirmBeforeRun: false,
      }));
    return { codeDoc: { ...doc, moduleInstances: instances }, packages: [draftPackage] };
  }, [packageId, doc, packageModules]);
  return usePageCodeOf(codeDoc, packages, [], [], UI_MODULE_LOCALS);
}
