/**
 * A JSON value as a collapsible tree: objects and arrays fold with `<details>`, so the browser
 * gives keyboard and screen reader support for free. Levels below `openDepth` start folded.
 */
export function JsonTree({
  value,
  label,
  openDepth = 2,
}: {
  value: unknown;
  label?: string;
  openDepth?: number;
}) {
  return (
    <div className="json-tree">
      <JsonNode value={value} name={label} depth={0} openDepth={openDepth} />
    </div>
  );
}

function JsonNode(props: { value: unknown; name?: string; depth: number; openDepth: number }) {
  const { value, name, depth, openDepth } = props;
  const key = name === undefined ? null : <span className="json-key">{name}: </span>;
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    const summary = Array.isArray(value) ? `Array(${entries.length})` : `{${entries.length} keys}`;
    return (
      <details open={depth < openDepth}>
        <summary>
          {key}
          <span className="json-summary">{summary}</span>
        </summary>
        <div className="json-children">
          {entries.map(([k, v]) => (
            <JsonNode key={k} name={k} value={v} depth={depth + 1} openDepth={openDepth} />
          ))}
        </div>
      </details>
    );
  }
  return (
    <div className="json-leaf">
      {key}
      <span className={`json-${value === null ? "null" : typeof value}`}>
        {JSON.stringify(value) ?? "undefined"}
      </span>
    </div>
  );
}
