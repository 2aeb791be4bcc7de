import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useId } from "react";
import { ErrorMessage } from "../../shared/components/ErrorMessage";
import { Loading } from "../../shared/components/Loading";

/**
 * A titled list of one kind of workspace resource with its create button (none for readers),
 * and its loading, error and empty states.
 */
export function ResourceList<T>(props: {
  title: string;
  query: UseQueryResult<T[]>;
  createLabel?: string;
  onCreate?: () => void;
  empty: string;
  renderItem: (item: T) => ReactNode;
}) {
  const { query } = props;
  const headingId = useId();
  return (
    <section className="resource-list" aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>{props.title}</h3>
        {props.onCreate && (
          <button type="button" onClick={props.onCreate}>
            {props.createLabel}
          </button>
        )}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} prefix={`Could not load ${props.title.toLowerCase()}`} />
      ) : query.data.length === 0 ? (
        <p className="empty">{props.empty}</p>
      ) : (
        <ul aria-labelledby={headingId}>{query.data.map(props.renderItem)}</ul>
      )}
    </section>
  );
}
