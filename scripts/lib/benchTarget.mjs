// The one form in which a benchmark states a target, so `npm run bench` can gather them all
// into its closing table: one line on stdout, a marker followed by JSON.
export const BENCH_TARGET_MARKER = "::bench-target::";

/**
 * Prints a target's outcome for the bench runner (and a readable line for whoever runs the
 * file alone).
 *
 * @example reportTarget({ name: "full evaluation at 1,000 bindings", figure: "5.5 ms", target: "< 16 ms", met: true });
 */
export function reportTarget(target) {
  console.log(
    `  target: ${target.name}: ${target.figure} (${target.target}) -> ${target.met ? "met" : "MISSED"}`,
  );
  console.log(`${BENCH_TARGET_MARKER}${JSON.stringify(target)}`);
}
