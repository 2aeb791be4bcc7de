import { describe, expect, it } from "vitest";
import { initialMetaOf } from "../defaultPropsOf";
import { widgetTypeSpecOf } from "../widgetTypeSpecs";
import { modalDefinition } from "./modalDefinition";

describe("modalDefinition", () => {
  it("is a container that starts closed, with isOpen for showModal and closeModal to set", () => {
    expect(modalDefinition.isContainer).toBe(true);
    expect(initialMetaOf(modalDefinition, {})).toEqual({ isOpen: false });
    // The engine recognises a modal by this meta key.
    expect(widgetTypeSpecOf(modalDefinition).meta).toHaveProperty("isOpen", false);
  });

  it("closes with Escape and outside clicks unless the author turns them off, and has onClose", () => {
    expect(modalDefinition.props.canEscapeClose.default).toBe(true);
    expect(modalDefinition.props.canOutsideClickClose.default).toBe(true);
    expect(modalDefinition.events).toEqual(["onClose"]);
  });
});
