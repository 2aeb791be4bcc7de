/** The part of a Worker the main-thread client uses (`new Worker(...)` satisfies it). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error", listener: (event: unknown) => void): void;
  terminate(): void;
}

/** The part of a worker's global scope the endpoint uses (`self` inside a worker satisfies it). */
export interface WorkerScopeLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}
