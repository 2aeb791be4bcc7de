import type { EvaluationChanges, EvaluationResult } from "./types";

/**
 * Merges changes into a state and returns a new state; unchanged entities keep their identity,
 * so a renderer can skip widgets whose values did not change.
 */
export function applyChanges(state: EvaluationResult, changes: EvaluationChanges): EvaluationResult {
  const values = { ...state.values };
  for (const [entity, props] of Object.entries(changes.values)) {
    values[entity] = { ...values[entity], ...props };
  }
  let errors = state.errors;
  const errorEntries = Object.entries(changes.errors);
  if (errorEntries.length > 0) {
    errors = { ...state.errors };
    for (const [path, message] of errorEntries) {
      if (message === null) delete errors[path];
      else errors[path] = message;
    }
  }
  return { values, errors };
}
