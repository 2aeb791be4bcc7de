import { StreamLanguage, type StringStream } from "@codemirror/language";

interface BindingState {
  /** Inside `{{ }}`. */
  code: boolean;
  /** Open braces inside the binding: `}}` only closes it at depth 0. */
  depth: number;
  /** The quote of a string that goes on past the end of the line. */
  quote: string | null;
}

const keywords = new Set(
  "async await break case catch const continue default delete do else false finally for function if in instanceof let new null of return switch this throw true try typeof undefined var void while".split(
    " ",
  ),
);

/**
 * Property text with `{{ }}` bindings: the text outside stays plain, the JS inside is coloured.
 * A stream tokenizer is enough for one-line fields and keeps the parser out of the chunk.
 */
export const bindingLanguage = StreamLanguage.define<BindingState>({
  name: "binding",
  startState: () => ({ code: false, depth: 0, quote: null }),
  copyState: (state) => ({ ...state }),
  token(stream, state) {
    if (!state.code) {
      if (stream.match("{{")) {
        state.code = true;
        state.depth = 0;
        return "meta";
      }
      while (!stream.eol() && !stream.match("{{", false)) stream.next();
      return null;
    }
    if (state.quote) return readString(stream, state);
    if (stream.eatSpace()) return null;
    if (state.depth === 0 && stream.match("}}")) {
      state.code = false;
      return "meta";
    }
    const ch = stream.peek() ?? "";
    if (ch === '"' || ch === "'" || ch === "`") {
      stream.next();
      state.quote = ch;
      return readString(stream, state);
    }
    if (stream.match(/^\/\/.*/)) return "comment";
    if (stream.match(/^\d[\d_]*(\.\d+)?/)) return "number";
    if (stream.match(/^[A-Za-z_$][\w$]*/)) {
      if (stream.string[stream.start - 1] === ".") return "propertyName";
      return keywords.has(stream.current()) ? "keyword" : "variableName";
    }
    stream.next();
    if (ch === "{") state.depth++;
    else if (ch === "}" && state.depth > 0) state.depth--;
    return /[()[\]{}]/.test(ch) ? "bracket" : "operator";
  },
});

function readString(stream: StringStream, state: BindingState): string {
  while (!stream.eol()) {
    const ch = stream.next();
    if (ch === "\\") stream.next();
    else if (ch === state.quote) {
      state.quote = null;
      break;
    }
  }
  return "string";
}
