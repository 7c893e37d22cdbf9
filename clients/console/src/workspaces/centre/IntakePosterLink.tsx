import { CentreDocument } from "@hub/sdk";
import { useSession } from "../../app/session-context";
import { useQuery } from "../../graph/use-query";

/**
 * 解纷码海报: the A4 poster of the officer's own centre, whose QR code opens the public page with
 * the centre (and, for a township centre, the township) preselected.
 */
export function IntakePosterLink() {
  const { user } = useSession();
  const query = useQuery(CentreDocument, { id: user.organisationId ?? "" }, !user.organisationId);
  const centre = query.data?.centre;
  if (!centre) return null;
  const township = centre.divisionCode.length === 9;
  const params = new URLSearchParams({
    centre: centre.id,
    name: centre.name,
    ...(township ? { place: centre.divisionCode, placeName: centre.division?.name ?? "" } : {}),
  });
  return (
    <a href={`/intake/poster?${params.toString()}`} target="_blank" rel="noopener">
      打印解纷码海报
    </a>
  );
}
