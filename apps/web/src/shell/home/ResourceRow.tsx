import type { ReactNode } from "react";
import { Link } from "../../shared/components/Link";
import { RenameDeleteButtons } from "./RenameDeleteButtons";

/**
 * One item of a workspace list (an app, package or datasource): its name as a link to its
 * editor, extra content, and rename/delete buttons named after the item for screen readers
 * (left out for those who may only read it).
 */
export function ResourceRow(props: {
  name: string;
  href: string;
  /** "app", "package", "datasource": used in the buttons' accessible names. */
  noun: string;
  children?: ReactNode;
  onRename?: () => void;
  onDelete?: () => void;
}) {
  const { onRename, onDelete } = props;
  return (
    <li className="resource-row">
      <Link href={props.href} className="resource-name">
        {props.name}
      </Link>
      <span className="resource-extra">{props.children}</span>
      {onRename && onDelete && (
        <RenameDeleteButtons noun={props.noun} name={props.name} onRename={onRename} onDelete={onDelete} />
      )}
    </li>
  );
}
