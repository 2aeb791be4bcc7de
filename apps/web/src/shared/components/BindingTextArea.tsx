import { parseSegments } from "@tessera/engine";
import { useRef } from "react";

/**
 * A textarea whose `{{ }}` bindings are highlighted: a mirror layer behind the transparent
 * text draws the same text with bindings marked, and scrolls with it.
 */
export function BindingTextArea(props: {
  value: string;
  onChange: (value: string) => void;
  "aria-label": string;
  rows?: number;
  placeholder?: string;
}) {
  const mirrorRef = useRef<HTMLPreElement>(null);
  const segments = parseSegments(props.value);
  return (
    <div className="binding-textarea">
      <pre ref={mirrorRef} className="binding-mirror" aria-hidden="true">
        {segments.map((segment, i) =>
          segment.kind === "binding" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order
            <mark key={i} className="binding">
              {segment.raw}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <span key={i}>{segment.text}</span>
          ),
        )}
        {/* A trailing newline needs a character after it to take up a line in the mirror. */}
        {"\u200b"}
      </pre>
      <textarea
        aria-label={props["aria-label"]}
        value={props.value}
        rows={props.rows ?? 8}
        placeholder={props.placeholder}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
        onScroll={(e) => {
          if (mirrorRef.current) {
            mirrorRef.current.scrollTop = e.currentTarget.scrollTop;
            mirrorRef.current.scrollLeft = e.currentTarget.scrollLeft;
          }
        }}
      />
    </div>
  );
}
