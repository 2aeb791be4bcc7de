import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { App, AppNavigation, AppSettings, Page } from "@tessera/model";
import { useId, useState } from "react";
import { appKeys, updateApp } from "../../api/apps";
import { Dialog } from "../../shared/components/Dialog";
import { ErrorMessage } from "../../shared/components/ErrorMessage";

const NAVIGATION: { value: AppNavigation; label: string }[] = [
  { value: "top", label: "Top bar" },
  { value: "side", label: "Side bar" },
  { value: "hidden", label: "Hidden" },
];

/**
 * How the deployed app presents itself: its title, where the navigation between pages sits,
 * and which pages it lists. Saved to the app, so the latest deployment shows it at once.
 */
export function AppSettingsDialog({ app, pages, onClose }: { app: App; pages: Page[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState<AppSettings>(app.settings);
  const save = useMutation({
    mutationFn: () => updateApp(app.id, { settings }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: appKeys.detail(app.id) });
      onClose();
    },
  });
  const navigationName = useId();
  const hidden = new Set(settings.hiddenPages);
  const showPage = (pageId: string, shown: boolean) =>
    setSettings({
      ...settings,
      hiddenPages: shown
        ? settings.hiddenPages.filter((id) => id !== pageId)
        : [...settings.hiddenPages, pageId],
    });

  return (
    <Dialog title="App settings" onClose={onClose}>
      <form
        className="ae-app-settings"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <label>
          Title
          <input
            type="text"
            value={settings.title}
            maxLength={120}
            placeholder={app.name}
            onChange={(event) => setSettings({ ...settings, title: event.target.value })}
          />
        </label>
        <fieldset>
          <legend>Navigation</legend>
          {NAVIGATION.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name={navigationName}
                checked={settings.navigation === option.value}
                onChange={() => setSettings({ ...settings, navigation: option.value })}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={settings.navigation === "hidden"}>
          <legend>Pages in the navigation</legend>
          {pages.map((page) => (
            <label key={page.id}>
              <input
                type="checkbox"
                checked={!hidden.has(page.id)}
                onChange={(event) => showPage(page.id, event.target.checked)}
              />
              {page.name}
            </label>
          ))}
        </fieldset>
        <ErrorMessage error={save.error} prefix="Could not save the settings" />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save settings"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
