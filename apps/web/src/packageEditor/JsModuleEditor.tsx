import type { JsModule, ModuleBody } from "@tessera/model";
import { useDeferredValue, useMemo } from "react";
import { CodeEditor } from "../monaco/CodeEditor";
import { useEditorStore } from "../store/editorStore";
import { InputsPane } from "./InputsPane";
import { JsFunctionRunner } from "./JsFunctionRunner";
import { jsModuleDiagnostics } from "./jsModuleDiagnostics";
import { jsModuleGlobals } from "./jsModuleGlobals";
import { editModule } from "./moduleDrafts";

/**
 * Edits a JS module's source in Monaco, with syntax errors inline and completion for the
 * package's query modules, the framework functions and `inputs`.
 */
export function JsModuleEditor(props: {
  packageId: string;
  moduleId: string;
  module: JsModule;
  packageModules: ModuleBody[];
}) {
  const { packageId, moduleId, module, packageModules } = props;
  const requestSaveNow = useEditorStore((s) => s.requestSaveNow);
  // Parsing on every keystroke is cheap, but deferring keeps typing smooth on long modules.
  const source = useDeferredValue(module.source);
  const markers = useMemo(() => jsModuleDiagnostics(source), [source]);
  const globals = useMemo(() => jsModuleGlobals(packageModules, module), [packageModules, module]);
  const declarations = globals.declarations;
  const completions = useMemo(() => globals.completions, [globals]);

  return (
    <div className="js-editor">
      <div className="js-main">
        <CodeEditor
          language="javascript"
          aria-label={`${module.name} source`}
          value={module.source}
          onChange={(text) => editModule(moduleId, (m) => (m.kind === "js" ? { ...m, source: text } : m))}
          markers={markers}
          completions={completions}
          declarations={declarations}
          onSave={requestSaveNow}
          height="60vh"
        />
        <ul className="problems" aria-label="Problems">
          {markers.map((m) => (
            <li key={`${m.startLine}:${m.startColumn}:${m.message}`} className="error">
              Line {m.startLine}, column {m.startColumn}: {m.message}
            </li>
          ))}
        </ul>
        <JsFunctionRunner packageId={packageId} module={module} packageModules={packageModules} />
      </div>
      <InputsPane
        inputs={module.inputs}
        onChange={(inputs) => editModule(moduleId, (m) => ({ ...m, inputs }))}
      />
    </div>
  );
}
