import { useState } from "react";
import { errorText } from "../../shared/components/ErrorMessage";

/**
 * A link in a read-only field (select it to copy by hand) with a Copy button. The clipboard
 * API is missing on plain-HTTP origins other than localhost, so a failed copy says to select
 * the text instead.
 */
export function CopyLinkField({ label, link }: { label: string; link: string }) {
  const href = new URL(link, window.location.origin).href;
  const [copied, setCopied] = useState<{ ok: boolean; text: string } | null>(null);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("The clipboard is not available here");
      await navigator.clipboard.writeText(href);
      setCopied({ ok: true, text: "Copied" });
    } catch (cause) {
      setCopied({ ok: false, text: `${errorText(cause)}: select the link and copy it.` });
    }
  };

  return (
    <span className="copy-link">
      <input type="text" readOnly value={href} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={copy}
        aria-label={`Copy ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
      >
        Copy
      </button>
      <span aria-live="polite" className={copied?.ok ? "ok small" : "error small"}>
        {copied?.text}
      </span>
    </span>
  );
}
