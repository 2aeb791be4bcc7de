import type { ModuleInstance } from "@tessera/model";

/** A query module instance's run options, as an app query has them, and how to read it. */
export function QueryInstanceOptions({
  instance,
  onChange,
}: {
  instance: ModuleInstance;
  onChange: (changes: Partial<Pick<ModuleInstance, "runOnPageLoad" | "confirmBeforeRun">>) => void;
}) {
  return (
    <>
      <div className="ae-field">
        <label>
          <span>Run on page load</span>
          <input
            type="checkbox"
            checked={instance.runOnPageLoad.includes("run")}
            onChange={(e) => onChange({ runOnPageLoad: e.target.checked ? ["run"] : [] })}
          />
        </label>
      </div>
      <div className="ae-field">
        <label>
          <span>Confirm before running</span>
          <input
            type="checkbox"
            checked={instance.confirmBeforeRun}
            onChange={(e) => onChange({ confirmBeforeRun: e.target.checked })}
          />
        </label>
      </div>
      <p className="ae-hint">
        Read it like an app query: <code>{`{{${instance.name}.data}}`}</code>, <code>.isLoading</code>,{" "}
        <code>.error</code>; run it from an event with <code>{`{{${instance.name}.run()}}`}</code>.
      </p>
    </>
  );
}
