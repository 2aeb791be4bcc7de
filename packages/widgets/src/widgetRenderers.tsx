import { type ComponentType, lazy } from "react";
import type { WidgetRendererProps } from "./WidgetDefinition";
import { widgetModules } from "./widgetModules";

type Renderer = ComponentType<WidgetRendererProps>;

const loaders = new Map(widgetModules.map((module) => [module.definition.type, module.loadRenderer]));
const loaded = new Map<string, Renderer>();
const loading = new Map<string, Promise<Renderer>>();
const lazyRenderers = new Map<string, Renderer>();

/**
 * Loads the renderer of a widget type (its own chunk in a build); undefined for a type this
 * build does not know. A failed load may be tried again.
 */
export function loadWidgetRenderer(type: string): Promise<Renderer | undefined> {
  const load = loaders.get(type);
  if (!load) return Promise.resolve(undefined);
  let pending = loading.get(type);
  if (!pending) {
    pending = load().then(
      (renderer) => {
        loaded.set(type, renderer);
        return renderer;
      },
      (error: unknown) => {
        loading.delete(type);
        throw error;
      },
    );
    loading.set(type, pending);
  }
  return pending;
}

/**
 * Loads the renderers of the given widget types; resolves when all are in (a failed one
 * included: its widgets then say so), so a page rendered after it shows at once, without a
 * placeholder first.
 * @example await preloadWidgetRenderers(page.widgets.map((widget) => widget.type));
 */
export async function preloadWidgetRenderers(types: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(types)].map((type) => loadWidgetRenderer(type).catch(() => undefined)));
}

/**
 * The React renderer of a widget type: the loaded component, or one that suspends while it
 * loads (render it inside a Suspense boundary); undefined for a type this build does not know.
 */
export function getWidgetRenderer(type: string): Renderer | undefined {
  const renderer = loaded.get(type);
  if (renderer || !loaders.has(type)) return renderer;
  let lazyRenderer = lazyRenderers.get(type);
  if (!lazyRenderer) {
    lazyRenderer = lazy(() =>
      loadWidgetRenderer(type).then(
        (component) => ({ default: component ?? RendererMissing }),
        () => ({ default: RendererMissing }),
      ),
    );
    lazyRenderers.set(type, lazyRenderer);
  }
  return lazyRenderer;
}

function RendererMissing({ name }: WidgetRendererProps) {
  return (
    <div className="tw-load-error" role="alert">
      {name} could not be loaded. Reload the page to try again.
    </div>
  );
}
