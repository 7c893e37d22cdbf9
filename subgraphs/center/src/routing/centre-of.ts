import { notFound } from "@hub/subgraph-kit";
import type { Centre as CentreRow } from "../../generated/client";
import type { CenterContext } from "../context";

export async function loadCentre(context: CenterContext, id: string): Promise<CentreRow> {
  const centre = await context.loaders.centreById.load(id);
  if (!centre) throw notFound("Centre", id);
  return centre;
}
