import { SupervisionSource, type SupervisionGrounds } from "./enums";

const SOURCE_OF_GROUNDS: Record<SupervisionGrounds, SupervisionSource> = {
  STATE_OR_PUBLIC_INTEREST: SupervisionSource.OWN_MOTION,
  JUDICIAL_CORRUPTION: SupervisionSource.OWN_MOTION,
  FALSE_LITIGATION: SupervisionSource.OWN_MOTION,
  MAJOR_SOCIAL_IMPACT: SupervisionSource.OWN_MOTION,
  FLAWED_PUBLIC_INTEREST_CASE: SupervisionSource.OWN_MOTION,
  FOLLOW_UP_SUPERVISION: SupervisionSource.OWN_MOTION,
  PARTY_APPLICATION: SupervisionSource.PARTY_APPLICATION,
};

/** 依职权 or 依申请: the grounds decide it (监督规则 art 37 lists the own-motion grounds). */
export function sourceOfGrounds(grounds: SupervisionGrounds): SupervisionSource {
  return SOURCE_OF_GROUNDS[grounds];
}
