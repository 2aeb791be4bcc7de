import { memoOf } from "../code/memoOf";
import { parseSegments, type Segment } from "./parseSegments";

/**
 * Templates kept parsed before the memo starts over: a page of a thousand bindings fits, and
 * the editor, which makes a new text on every keystroke, forgets the lot now and then.
 */
const MAX_PARSED_TEMPLATES = 5_000;

/**
 * `parseSegments` of a text, parsed once: a page is loaded again on every navigation and
 * preview, and the server runs the same stored queries over and over. Read-only: shared by all.
 * @example segmentsOf("Hi {{user.name}}!") // the same array on every call
 */
export const segmentsOf: (template: string) => readonly Segment[] = memoOf(
  MAX_PARSED_TEMPLATES,
  parseSegments,
);
