/** The datasource when it is a REST one (stored, opened for a run or presented), else undefined. */
export function restOf<D extends { kind: string }>(
  datasource: D | null | undefined,
): Extract<D, { kind: "rest" }> | undefined {
  return datasource?.kind === "rest" ? (datasource as Extract<D, { kind: "rest" }>) : undefined;
}
