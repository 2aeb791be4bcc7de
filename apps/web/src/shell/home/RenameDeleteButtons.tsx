/**
 * The Rename and Delete buttons of a home item (a workspace, app, package or datasource),
 * named after it for screen readers: "Rename app Portal".
 */
export function RenameDeleteButtons(props: {
  /** "workspace", "app", "package", "datasource". */
  noun: string;
  name: string;
  onRename: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      <button type="button" onClick={props.onRename} aria-label={`Rename ${props.noun} ${props.name}`}>
        Rename
      </button>
      <button
        type="button"
        className="danger-text"
        onClick={props.onDelete}
        aria-label={`Delete ${props.noun} ${props.name}`}
      >
        Delete
      </button>
    </>
  );
}
