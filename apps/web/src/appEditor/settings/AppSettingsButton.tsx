import type { App, Page } from "@tessera/model";
import { useState } from "react";
import { AppSettingsDialog } from "./AppSettingsDialog";

/** Opens the app settings (title and navigation of the deployed app). */
export function AppSettingsButton({ app, pages }: { app: App; pages: Page[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        App settings
      </button>
      {open ? <AppSettingsDialog app={app} pages={pages} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
