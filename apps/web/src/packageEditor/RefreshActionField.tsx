import { type ModuleBody, type QueryModule, refreshActionConflict } from "@tessera/model";
import { useEffect, useId, useState } from "react";
import { refreshStatusesOf } from "../queryEditor/vaultKeepText";

/**
 * "Refresh action": marks this query module as the one its package runs to renew the vault
 * when a query that read it gets one of the statuses (401 unless told). A package has one, so
 * a second is refused here, before publishing would refuse it.
 */
export function RefreshActionField({
  module,
  packageModules,
  onChange,
}: {
  module: QueryModule;
  /** Every module of the package as edited now, this one included. */
  packageModules: readonly ModuleBody[];
  onChange: (vaultRefresh: QueryModule["vaultRefresh"]) => void;
}) {
  const id = useId();
  const marked = module.vaultRefresh !== undefined;
  const conflict = refreshActionConflict(packageModules, module.name);
  const savedText = (module.vaultRefresh?.onStatus ?? [401]).join(", ");
  const [text, setText] = useState(savedText);
  const parsed = refreshStatusesOf(text);
  useEffect(() => {
    setText((current) => {
      const read = refreshStatusesOf(current);
      return "onStatus" in read && read.onStatus.join(", ") === savedText ? current : savedText;
    });
  }, [savedText]);
  const keeps = module.vaultKeep ?? [];

  return (
    <section className="refresh-action" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Refresh action</h3>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={marked}
          disabled={!marked && conflict !== null}
          aria-describedby={`${id}-about${conflict ? ` ${id}-conflict` : ""}`}
          onChange={(e) => {
            if (!e.target.checked) return onChange(undefined);
            const read = refreshStatusesOf(text);
            onChange({ onStatus: "onStatus" in read ? read.onStatus : [401] });
          }}
        />
        This module is the package's refresh action
      </label>
      <p id={`${id}-about`} className="hint">
        It renews the vault when a query that read it gets one of these statuses, then the query is retried
        once. It renews the fields it keeps in the vault
        {keeps.length > 0 ? `: ${keeps.join(", ")}.` : " (none yet: name them under “Keep in the vault”)."}
      </p>
      {conflict && (
        <p
          id={`${id}-conflict`}
          className={marked ? "error small" : "note"}
          role={marked ? "alert" : "status"}
        >
          {marked ? `${conflict}; publishing refuses two.` : `${conflict}.`}
        </p>
      )}
      {marked && (
        <>
          <label htmlFor={`${id}-statuses`}>Statuses</label>
          <input
            id={`${id}-statuses`}
            type="text"
            value={text}
            placeholder="401"
            spellCheck={false}
            aria-invalid={"error" in parsed}
            aria-describedby={"error" in parsed ? `${id}-statuses-error` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              const read = refreshStatusesOf(e.target.value);
              if ("onStatus" in read) onChange({ onStatus: read.onStatus });
            }}
          />
          {"error" in parsed && (
            <p id={`${id}-statuses-error`} className="error small" role="alert">
              {parsed.error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
