import type DataLoader from "dataloader";

/** The representation a department receives for `@requires(fields: "accessGrant mergedIds")` on Dispute. */
export interface DisputeWithMergedIds {
  id: string;
  /** The centre's proof that the caller may see this dispute (kit `requireAccessGrant`) */
  accessGrant?: string | null;
  /** Disputes the centre linked or merged into this one: records filed under them belong to it */
  mergedIds?: readonly string[] | null;
}

/**
 * `@requires` selection for every department field of Dispute: the centre's access grant (the
 * field answers only for a dispute the caller may see) and the merged ids (records filed under a
 * merged dispute follow its survivor).
 */
export const REQUIRES_CENTRE_FIELDS = '@requires(fields: "accessGrant mergedIds")';

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
