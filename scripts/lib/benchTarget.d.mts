export declare const BENCH_TARGET_MARKER: string;

/** One target of a benchmark and how this run did against it. */
export interface BenchTarget {
  /** What is measured, e.g. "full evaluation at 1,000 bindings". */
  name: string;
  /** This run's figure, formatted, e.g. "5.52 ms" or "1.31x". */
  figure: string;
  /** The bound, formatted, e.g. "< 16 ms" or "<= 1.5x". */
  target: string;
  met: boolean;
}

export declare function reportTarget(target: BenchTarget): void;
