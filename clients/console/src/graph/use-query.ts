import { useCallback, useEffect, useState } from "react";
import type { HubDocument } from "@hub/sdk";
import { graph } from "./client";
import { GraphRefusal } from "./refusal";

export interface QueryState<T> {
  data: T | undefined;
  refusal: GraphRefusal | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change (compared as JSON); `skip` holds it back. */
export function useQuery<TData, TVariables>(op: HubDocument<TData, TVariables>, variables: TVariables, skip = false): QueryState<TData> {
  const key = JSON.stringify(variables);
  const [data, setData] = useState<TData>();
  const [refusal, setRefusal] = useState<GraphRefusal>();
  const [loading, setLoading] = useState(!skip);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (skip) return;
    let live = true;
    setLoading(true);
    graph(op, JSON.parse(key) as TVariables).then(
      (result) => {
        if (!live) return;
        setData(result);
        setRefusal(undefined);
        setLoading(false);
      },
      (error: unknown) => {
        if (!live) return;
        setRefusal(error instanceof GraphRefusal ? error : new GraphRefusal([], 0));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [op, key, skip, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, refusal, loading, reload };
}
