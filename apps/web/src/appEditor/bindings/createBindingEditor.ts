import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, forceLinting, linter } from "@codemirror/lint";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, placeholder } from "@codemirror/view";
import { codeProblems, type PageEntities } from "@tessera/model";
import { bindingCompletionSource } from "./bindingCompletions";
import { bindingLanguage } from "./bindingLanguage";

/** What a binding field's editor is made with. */
export interface BindingEditorOptions {
  parent: HTMLElement;
  value: string;
  /** The accessible name, as the field's label says it. */
  label: string;
  /** Ids of the texts that describe the field (its problems), for assistive technology. */
  describedBy?: string;
  mode: "binding" | "event";
  multiline: boolean;
  placeholder?: string;
  entities: () => PageEntities;
  onChange: (value: string) => void;
}

/** The live editor of one binding field, for the React wrapper to drive. */
export interface BindingEditor {
  /** Shows a value changed elsewhere (undo, the action picker) without calling onChange. */
  setValue(value: string): void;
  /** Checks again after the page's entities changed. */
  entitiesChanged(): void;
  focus(): void;
  destroy(): void;
}

/**
 * A CodeMirror 6 editor for a property value with `{{ }}` bindings: JS colouring inside the
 * braces, completion of entity names, members and framework functions, and reference problems
 * underlined as they are typed. One-line fields take Enter as "done", not a new line.
 */
export function createBindingEditor(options: BindingEditorOptions): BindingEditor {
  let quiet = false;
  const extensions = [
    bindingLanguage,
    syntaxHighlighting(defaultHighlightStyle),
    history(),
    closeBrackets(),
    autocompletion({
      override: [bindingCompletionSource(options.mode, options.entities)],
      activateOnTyping: true,
      icons: false,
    }),
    linter(
      (view) => {
        const text = view.state.doc.toString();
        return codeProblems(text, options.mode, options.entities()).map((problem): Diagnostic => {
          const at = problem.path ? text.indexOf(problem.path) : -1;
          const dot = problem.path.indexOf(".");
          const from = at < 0 ? 0 : dot < 0 ? at : at + dot + 1;
          const to = at < 0 ? text.length : at + problem.path.length;
          return {
            from,
            to: Math.max(to, from + 1 <= text.length ? from + 1 : from),
            severity: problem.kind === "syntax" ? "error" : "warning",
            message: problem.message,
          };
        });
      },
      { delay: 150 },
    ),
    keymap.of([...closeBracketsKeymap, ...completionKeymap, ...historyKeymap, ...defaultKeymap]),
    EditorView.contentAttributes.of({
      "aria-label": options.label,
      ...(options.describedBy ? { "aria-describedby": options.describedBy } : {}),
      spellcheck: "false",
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !quiet) options.onChange(update.state.doc.toString());
    }),
    EditorView.theme({
      "&": {
        fontSize: "13px",
        border: "1px solid var(--border, #d4d4d8)",
        borderRadius: "4px",
        background: "#fff",
      },
      "&.cm-focused": { outline: "2px solid var(--accent, #2563eb)", outlineOffset: "-1px" },
      ".cm-content": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", padding: "4px 0" },
      ".cm-scroller": { maxHeight: options.multiline ? "14rem" : "4.5rem", overflow: "auto" },
    }),
  ];
  if (options.placeholder) extensions.push(placeholder(options.placeholder));
  if (options.multiline) {
    extensions.push(EditorView.lineWrapping, EditorView.theme({ ".cm-content": { minHeight: "3.6em" } }));
  } else {
    // One line: Enter (without an open completion, whose keymap comes first) does nothing.
    extensions.push(EditorView.lineWrapping, Prec.high(keymap.of([{ key: "Enter", run: () => true }])));
  }

  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({ doc: options.value, extensions }),
  });

  return {
    setValue(value) {
      if (value === view.state.doc.toString()) return;
      quiet = true;
      try {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
      } finally {
        quiet = false;
      }
    },
    entitiesChanged: () => forceLinting(view),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
