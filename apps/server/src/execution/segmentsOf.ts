import { parseSegments, type Segment } from "@tessera/engine";

/** Stored templates kept parsed before the memo starts over (they come from saved queries: few). */
const MAX_PARSED_TEMPLATES = 500;
const parsedTemplates = new Map<string, readonly Segment[]>();

/**
 * `parseSegments` of a stored template, parsed once: the same queries run over and over.
 * Shared by every kind that substitutes `{{ }}` text and by input defaults, so one memo holds them.
 */
export function segmentsOf(template: string): readonly Segment[] {
  let segments = parsedTemplates.get(template);
  if (!segments) {
    segments = parseSegments(template);
    if (parsedTemplates.size >= MAX_PARSED_TEMPLATES) parsedTemplates.clear();
    parsedTemplates.set(template, segments);
  }
  return segments;
}
