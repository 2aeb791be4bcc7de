import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate } from "../../shell/router";

/**
 * An anchor that navigates inside the editor without a reload, while keeping a real `href`
 * for middle-click, copy link and screen readers.
 */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || rest.target === "_blank") return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
