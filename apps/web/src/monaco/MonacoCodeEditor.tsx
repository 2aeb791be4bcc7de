import { useEffect, useId, useRef } from "react";
import type { CodeCompletion, CodeEditorProps, CodeLanguage } from "./codeEditorTypes";
import { javascriptDefaults, monaco } from "./monacoSetup";

// One completion provider per language for the page; each editor's model carries its own list.
const completionsByModel = new Map<string, CodeCompletion[]>();
const providerLanguages = new Set<CodeLanguage>();

const EXTENSIONS: Record<CodeLanguage, string> = {
  javascript: "js",
  json: "json",
  pgsql: "sql",
  graphql: "graphql",
};

function registerCompletionProvider(language: CodeLanguage) {
  if (providerLanguages.has(language)) return;
  providerLanguages.add(language);
  const kinds = {
    function: monaco.languages.CompletionItemKind.Function,
    variable: monaco.languages.CompletionItemKind.Variable,
    module: monaco.languages.CompletionItemKind.Module,
    property: monaco.languages.CompletionItemKind.Property,
    table: monaco.languages.CompletionItemKind.Struct,
    column: monaco.languages.CompletionItemKind.Field,
  };
  monaco.languages.registerCompletionItemProvider(language, {
    triggerCharacters: ["."],
    provideCompletionItems(model, position) {
      const items = completionsByModel.get(model.uri.toString());
      if (!items?.length) return { suggestions: [] };
      // After `name.` only the items qualified by that name: a table's columns in SQL. In
      // JavaScript none are, and the language service knows the members.
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const qualifier = /([\w$]+)\.\s*[\w$]*$/.exec(before)?.[1];
      const afterDot = /\.\s*[\w$]*$/.test(before);
      const offered = items.filter((item) =>
        afterDot ? qualifier !== undefined && item.qualifier === qualifier : item.qualifier === undefined,
      );
      const word = model.getWordUntilPosition(position);
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: word.startColumn,
        endColumn: word.endColumn,
      };
      return {
        suggestions: offered.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          detail: item.detail,
          documentation: item.documentation,
          insertText: item.insertText ?? item.label,
          range,
        })),
      };
    },
  });
}

/** The Monaco-backed implementation of `CodeEditor`; import `CodeEditor` instead. */
export default function MonacoCodeEditor(props: CodeEditorProps) {
  const {
    value,
    onChange,
    language,
    markers,
    completions,
    declarations,
    readOnly,
    height = 320,
    onSave,
  } = props;
  const ariaLabel = props["aria-label"];
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const instanceId = useId().replace(/[^\w-]/g, "");
  // Callbacks change every render; the editor's listeners read the latest through refs.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;
  const applyingRef = useRef(false);
  // The editor is made once per mount from these; later changes sync in the effects below.
  const initialRef = useRef({ value, readOnly, ariaLabel });

  useEffect(() => {
    registerCompletionProvider(language);
    const container = containerRef.current;
    if (!container) return;
    const uri = monaco.Uri.parse(`file:///tessera/${instanceId}.${EXTENSIONS[language]}`);
    const initial = initialRef.current;
    const model = monaco.editor.createModel(initial.value, language, uri);
    const editor = monaco.editor.create(container, {
      model,
      ariaLabel: initial.ariaLabel,
      readOnly: initial.readOnly,
      automaticLayout: true,
      minimap: { enabled: false },
      lineNumbersMinChars: 3,
      lineDecorationsWidth: 8,
      glyphMargin: false,
      fontSize: 13,
      scrollBeyondLastLine: false,
      tabSize: 2,
      fixedOverflowWidgets: true,
      // Typed and pasted code keeps the indentation it carries: with auto-indent on, each line
      // typed after Enter got the editor's indentation plus its own. Format Document
      // (Shift+Alt+F, or the context menu) tidies indentation on request instead.
      autoIndent: "none",
      autoIndentOnPaste: false,
      formatOnType: false,
      formatOnPaste: false,
      // A bracket closed ahead of the cursor ends up on the wrong line once Enter is pressed,
      // and the one typed later makes the code unbalanced. Quotes close within their line, where
      // typing the closing quote steps over the inserted one.
      autoClosingBrackets: "never",
      autoClosingQuotes: "languageDefined",
      autoClosingOvertype: "always",
    });
    editorRef.current = editor;
    const changeListener = model.onDidChangeContent(() => {
      if (!applyingRef.current) onChangeRef.current(model.getValue());
    });
    editor.addAction({
      id: "tessera.save",
      label: "Save",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS],
      run: () => onSaveRef.current?.(),
    });
    // Monaco binds Format Document to Ctrl+Shift+I on Linux; Shift+Alt+F works everywhere here.
    editor.addCommand(monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, () => {
      void editor.getAction("editor.action.formatDocument")?.run();
    });
    return () => {
      changeListener.dispose();
      editor.dispose();
      model.dispose();
      completionsByModel.delete(uri.toString());
      editorRef.current = null;
    };
  }, [instanceId, language]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    // An outside change (reload, undo elsewhere): replace the text without echoing onChange.
    applyingRef.current = true;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    applyingRef.current = false;
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      "tessera",
      (markers ?? []).map((m) => ({
        message: m.message,
        severity: m.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        startLineNumber: m.startLine,
        startColumn: m.startColumn,
        endLineNumber: m.endLine,
        endColumn: m.endColumn,
      })),
    );
  }, [markers]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    completionsByModel.set(model.uri.toString(), completions ?? []);
  }, [completions]);

  useEffect(() => {
    if (!declarations) return;
    const lib = javascriptDefaults.addExtraLib(declarations, `file:///tessera/${instanceId}.d.ts`);
    return () => lib.dispose();
  }, [declarations, instanceId]);

  return <div ref={containerRef} className="code-editor" style={{ height }} data-testid="code-editor" />;
}
