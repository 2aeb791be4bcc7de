import type { WidgetRendererProps } from "../WidgetDefinition";
import type { iframeDefinition } from "./iframeDefinition";

/**
 * A sandboxed frame: its page may run scripts and forms but never as the app's origin (no
 * allow-same-origin), nor navigate the app. `src` is an http(s) URL by its prop type.
 */
export function IframeWidget({ name, props }: WidgetRendererProps<typeof iframeDefinition>) {
  if (!props.src) return <div className="tw-frame-empty">No page to show</div>;
  return (
    <iframe
      className="tw-frame"
      src={props.src}
      title={props.title || name}
      sandbox="allow-scripts allow-forms allow-popups"
      referrerPolicy="no-referrer"
      loading="lazy"
    />
  );
}
