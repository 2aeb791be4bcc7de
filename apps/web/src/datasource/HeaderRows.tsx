import type { HeaderRow } from "./headerRowsOf";

/**
 * The datasource's headers: name, value and a secret toggle per row. A stored secret shows
 * masked and empty; typing replaces it, leaving it keeps it.
 */
export function HeaderRows({ rows, onChange }: { rows: HeaderRow[]; onChange: (rows: HeaderRow[]) => void }) {
  const update = (index: number, patch: Partial<HeaderRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="header-rows">
      <legend>Headers</legend>
      {rows.length === 0 && <p className="empty">No headers. API keys go here, marked secret.</p>}
      {rows.map((row, index) => {
        const masked = row.storedSecret && !row.retyped;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          <div className="key-value-row" key={index}>
            <input
              aria-label={`Header ${index + 1} name`}
              placeholder="Name"
              value={row.name}
              onChange={(e) => update(index, { name: e.target.value })}
            />
            <input
              aria-label={`Header ${index + 1} value`}
              type={row.secret ? "password" : "text"}
              autoComplete="off"
              placeholder={masked ? "•••••••• (stored; type to replace)" : "Value"}
              value={row.value}
              onChange={(e) => update(index, { value: e.target.value, retyped: true })}
            />
            <label className="inline">
              <input
                type="checkbox"
                checked={row.secret}
                onChange={(e) => update(index, { secret: e.target.checked })}
                aria-label={`Header ${index + 1} secret`}
              />
              Secret
            </label>
            <button
              type="button"
              aria-label={`Remove header ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="add-row"
        onClick={() =>
          onChange([...rows, { name: "", value: "", secret: false, storedSecret: false, retyped: true }])
        }
      >
        Add header
      </button>
    </fieldset>
  );
}
