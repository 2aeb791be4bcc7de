import {
  type KeyboardEvent,
  type MouseEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";
import type { WidgetRendererProps } from "../WidgetDefinition";
import type { modalDefinition } from "./modalDefinition";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A dialog over the page, the size the author gave it on the canvas. Focus moves in when it
 * opens, stays inside (Tab wraps) and goes back where it was when it closes. On the canvas
 * (`editing`) it shows in place, so its widgets can be arranged.
 */
export function ModalWidget({
  name,
  props,
  meta,
  setMeta,
  runEvent,
  editing,
  children,
}: WidgetRendererProps<typeof modalDefinition>) {
  const titleId = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const open = meta.isOpen && !editing;

  // The dialog takes the size of the widget's place on the page grid (which is left empty).
  useLayoutEffect(() => {
    if (!open) return;
    const box = anchor.current?.parentElement?.getBoundingClientRect();
    if (box) setSize({ width: box.width, height: box.height });
  }, [open]);

  // What had focus last before the dialog opened. Read then, document.activeElement is often
  // the body: the Button that ran showModal is disabled while its handler runs.
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open) return;
    const remember = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) lastFocus.current = event.target;
    };
    document.addEventListener("focusin", remember);
    return () => document.removeEventListener("focusin", remember);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const before = lastFocus.current;
    // The first field of the body, rather than the close button of the header.
    const first =
      dialog.current?.querySelector<HTMLElement>(`.tw-modal-body :is(${FOCUSABLE})`) ??
      dialog.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? dialog.current)?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [open]);

  const close = () => {
    setMeta({ isOpen: false });
    void runEvent("onClose");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && props.canEscapeClose) {
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== "Tab" || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) {
      event.preventDefault();
      return;
    }
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const onBackdrop = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget && props.canOutsideClickClose) close();
  };

  const header = (
    <div className="tw-modal-header">
      <h2 id={titleId} className="tw-modal-title">
        {props.title || name}
      </h2>
      {props.showCloseButton ? (
        <button
          type="button"
          className="tw-modal-close"
          aria-label={`Close ${props.title || name}`}
          onClick={close}
        >
          ×
        </button>
      ) : null}
    </div>
  );

  if (editing) {
    return (
      <section className="tw-modal tw-modal-inline" aria-labelledby={titleId}>
        {header}
        <div className="tw-modal-body">{children}</div>
      </section>
    );
  }

  return (
    <span ref={anchor} className="tw-modal-anchor">
      {open
        ? createPortal(
            // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop's keyboard way out is Escape, handled by the dialog
            // biome-ignore lint/a11y/noStaticElementInteractions: a click on the backdrop closes, as the author chose
            <div className="tw-modal-backdrop" onClick={onBackdrop}>
              <div
                ref={dialog}
                className="tw-modal"
                role="dialog"
                aria-modal="true"
                aria-labelledby={titleId}
                tabIndex={-1}
                data-widget-modal={name}
                style={size ? { width: size.width, height: size.height } : undefined}
                onKeyDown={onKeyDown}
              >
                {header}
                <div className="tw-modal-body">{children}</div>
              </div>
            </div>,
            document.body,
          )
        : null}
    </span>
  );
}
