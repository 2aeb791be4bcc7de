import { isKnownWidgetType } from "@tessera/widgets";

/**
 * Stands in for a widget this build cannot show: a type it does not know (a newer server's
 * widget), or one whose code failed to load (the network dropped mid-load).
 */
export function UnknownWidget({ type }: { type: string }) {
  return (
    <div className="tv-unknown">
      {isKnownWidgetType(type)
        ? `This ${type} could not be loaded. Reload the page to try again.`
        : `Unknown widget type “${type}”`}
    </div>
  );
}
