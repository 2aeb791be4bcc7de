/** One row of a {@link KeyValueEditor}. */
export type KeyValue = { key: string; value: string };

/**
 * Editable key/value rows (query params, headers) with add and remove. Every input is labelled
 * with the row's purpose and number, so screen readers and tests can tell rows apart.
 */
export function KeyValueEditor(props: {
  rows: KeyValue[];
  onChange: (rows: KeyValue[]) => void;
  /** Singular noun for labels: "query param", "header". */
  noun: string;
}) {
  const { rows, onChange, noun } = props;
  const update = (index: number, patch: Partial<KeyValue>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="key-values">
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
        <div className="key-value-row" key={index}>
          <input
            aria-label={`${noun} ${index + 1} key`}
            placeholder="Key"
            value={row.key}
            onChange={(e) => update(index, { key: e.target.value })}
          />
          <input
            aria-label={`${noun} ${index + 1} value`}
            placeholder="Value"
            value={row.value}
            onChange={(e) => update(index, { value: e.target.value })}
          />
          <button
            type="button"
            aria-label={`Remove ${noun} ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { key: "", value: "" }])}>
        Add {noun}
      </button>
    </div>
  );
}
