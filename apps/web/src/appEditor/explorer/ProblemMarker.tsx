import { usePageCode } from "../bindings/PageCodeContext";

/**
 * A marker on an explorer item whose code refers to something the page does not have; its
 * title and accessible name list the problems.
 */
export function ProblemMarker({ entity }: { entity: string }) {
  const problems = usePageCode().problems.filter((problem) => problem.entity === entity);
  if (problems.length === 0) return null;
  const summary = problems.map((problem) => `${problem.prop}: ${problem.message}`).join("\n");
  return (
    <span
      className="ae-problem-marker"
      role="img"
      aria-label={`${problems.length} ${problems.length === 1 ? "problem" : "problems"}`}
      title={summary}
      data-problems={problems.length}
    >
      !
    </span>
  );
}
