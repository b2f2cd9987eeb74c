import { useEffect, useMemo, useState } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';

export const PAGE_SIZE = 50;

interface Connection<Row> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: Row[];
}

/**
 * A Relay connection read page by page: the rows loaded so far, and `loadMore` for the next page.
 * Changing the variables starts again from the first page.
 */
export function usePagedTickets<Data, Vars extends AnyVariables, Row extends { id: string }>(
  query: TypedDocumentNode<Data, Vars>,
  variables: Omit<Vars, 'first' | 'after'>,
  select: (data: Data) => Connection<Row>,
  pause = false,
) {
  const key = JSON.stringify(variables);
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<{ key: string; rows: Row[] }>({ key, rows: [] });
  useEffect(() => setAfter(null), [key]);
  const vars = useMemo(
    () => ({ ...variables, first: PAGE_SIZE, after }) as unknown as Vars,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, after],
  );
  const [result, reexecute] = useQuery({ query, variables: vars, pause });
  const conn = result.data ? select(result.data) : undefined;
  useEffect(() => {
    if (!conn) return;
    setPages((prev) => {
      if (after === null || prev.key !== key) return { key, rows: conn.nodes };
      const seen = new Set(prev.rows.map((r) => r.id));
      return { key, rows: [...prev.rows, ...conn.nodes.filter((r) => !seen.has(r.id))] };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conn, key]);
  return {
    rows: pages.key === key ? pages.rows : [],
    totalCount: conn?.totalCount ?? 0,
    hasMore: !!conn?.pageInfo.hasNextPage,
    loadMore: () => conn?.pageInfo.endCursor && setAfter(conn.pageInfo.endCursor),
    fetching: result.fetching,
    error: result.error,
    refresh: () => {
      setAfter(null);
      reexecute({ requestPolicy: 'network-only' });
    },
  };
}
