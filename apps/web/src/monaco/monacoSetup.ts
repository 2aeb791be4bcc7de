// Monaco's tree-shakeable entry points (0.56+): the editor, its features, and only the languages
// the editor edits. Importing `monaco-editor` whole would bundle every language.
import * as monaco from "monaco-editor/editor";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/javascript/register";
import "monaco-editor/languages/definitions/typescript/register";
// Their grammars load on first use, in chunks of their own.
import "monaco-editor/languages/definitions/pgsql/register";
import "monaco-editor/languages/definitions/graphql/register";
// Workers are bundled by Vite and served from our origin: the CSP allows `worker-src 'self' blob:`.
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TsWorker from "monaco-editor/language/typescript/ts.worker?worker";
import { javascriptDefaults, ScriptTarget } from "monaco-editor/languages/features/typescript/register";

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "typescript" || label === "javascript") return new TsWorker();
    return new EditorWorker();
  },
};

javascriptDefaults.setCompilerOptions({
  target: ScriptTarget.ES2020,
  allowNonTsExtensions: true,
  allowJs: true,
  checkJs: false,
  // User code runs in a worker without the DOM: do not offer `document` or `window`.
  lib: ["es2020"],
});
// Syntax problems come from our own parser as markers, so the language service stays quiet
// instead of reporting each one twice.
javascriptDefaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: true });

export { javascriptDefaults, monaco };
