import type DataLoader from "dataloader";

/** The representation a department receives for `@requires(fields: "mergedIds")` on Dispute. */
export interface DisputeWithMergedIds {
  id: string;
  /** Disputes the centre linked or merged into this one: records filed under them belong to it */
  mergedIds?: readonly string[] | null;
}

/** `@requires` selection for department fields of Dispute that must follow merges. */
export const REQUIRES_MERGED_IDS = '@requires(fields: "mergedIds")';

/**
 * A department's rows filed under the dispute or under any record merged into it, through the
 * per-request loader (one batched query for all of them), ordered by `compare` when several lists meet.
 */
export async function loadForMatter<R>(
  loader: DataLoader<string, R[]>,
  dispute: DisputeWithMergedIds,
  compare: (a: R, b: R) => number,
): Promise<R[]> {
  const merged = dispute.mergedIds ?? [];
  if (!merged.length) return loader.load(dispute.id);
  const lists = await loader.loadMany([dispute.id, ...merged]);
  const rows = lists.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list;
  });
  return rows.sort(compare);
}
