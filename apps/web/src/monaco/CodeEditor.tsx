import { lazy, Suspense } from "react";
import type { CodeEditorProps } from "./codeEditorTypes";

// Monaco is a few megabytes: it loads on first use, in its own chunk, never in the viewer.
const MonacoCodeEditor = lazy(() => import("./MonacoCodeEditor"));

/**
 * A code editor (Monaco, loaded lazily) with markers and completions. While Monaco loads, the
 * text shows read-only so the page never jumps from empty to full.
 *
 * @example <CodeEditor language="javascript" value={source} onChange={setSource} aria-label="Login source" />
 */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <Suspense
      fallback={
        <pre className="code-editor-fallback" style={{ height: props.height ?? 320 }} aria-busy="true">
          {props.value}
        </pre>
      }
    >
      <MonacoCodeEditor {...props} />
    </Suspense>
  );
}
