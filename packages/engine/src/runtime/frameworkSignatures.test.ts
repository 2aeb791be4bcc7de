import { describe, expect, it } from "vitest";
import { createFrameworkFunctions } from "./createFrameworkFunctions";
import { createTimers } from "./createTimers";
import { frameworkSignatures } from "./frameworkSignatures";

describe("frameworkSignatures", () => {
  it("names exactly the functions page code is given", () => {
    const noop = () => {};
    const framework = createFrameworkFunctions({
      host: {} as never,
      assertTrigger: noop,
      getStore: () => ({}),
      setStore: noop,
      setVaultKeys: noop,
      resetMeta: noop,
      beforeAction: noop,
      setModalOpen: noop,
    });
    const timers = createTimers({ assertTrigger: noop, afterCallback: noop, onError: noop });
    expect(frameworkSignatures.map((f) => f.name).sort()).toEqual(
      [...Object.keys(framework), ...Object.keys(timers)].sort(),
    );
  });
});
