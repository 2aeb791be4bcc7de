/** The app and page a viewer URL names: `/app/<app-slug>/<page-slug>`. */
export interface ViewerRoute {
  appSlug: string;
  /** Absent: the app's home page. */
  pageSlug?: string;
}

/** Reads a viewer path; null when it is not one (`/app` alone, or more segments). */
export function parseViewerPath(pathname: string): ViewerRoute | null {
  const parts = pathname.split("/").filter(Boolean).map(decodeSegment);
  if (parts[0] !== "app" || parts.length < 2 || parts.length > 3 || parts.includes(null)) return null;
  const [, appSlug, pageSlug] = parts as string[];
  return pageSlug ? { appSlug, pageSlug } : { appSlug };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
