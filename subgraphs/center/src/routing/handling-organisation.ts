import { checkUuid, ErrorCode, GraphRequestError, HubError, invalidInput } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";
import { HANDLING_DEPARTMENT_ZH, HandlingDepartment } from "./routing-enums";
import type { RoutingTargetInput } from "./routing-target.input";

export interface HandlingOrganisation {
  department: HandlingDepartment;
  organisationId: string;
  name: string;
}

const COMMITTEE = /* GraphQL */ `
  query RoutingTargetCommittee($id: ID!) {
    mediationCommittee(id: $id) {
      id
      name
    }
  }
`;

const COURT = /* GraphQL */ `
  query RoutingTargetCourt($id: ID!) {
    court(id: $id) {
      id
      name
    }
  }
`;

function isHandlingDepartment(department: string): department is HandlingDepartment {
  return Object.prototype.hasOwnProperty.call(HandlingDepartment, department);
}

/**
 * Checks that the organisation a case is routed to exists: a centre here, a mediation committee
 * or a court through the graph (their departments own them). Returns its name for the case file.
 */
export async function checkHandlingOrganisation(
  context: CenterContext,
  target: RoutingTargetInput,
  field: string,
): Promise<HandlingOrganisation> {
  const { department, organisationId } = target;
  if (!isHandlingDepartment(department)) {
    throw invalidInput(`${field}.department`, "CENTER, JUSTICE or COURT", {
      zh: "承办单位须为综治中心、人民调解委员会或人民法院",
      en: "A case can be routed to a centre (CENTER), a mediation committee (JUSTICE) or a court (COURT)",
    });
  }
  checkUuid(organisationId, `${field}.organisationId`);
  const missing = () =>
    invalidInput(`${field}.organisationId`, `registered ${department} organisation`, {
      zh: `${HANDLING_DEPARTMENT_ZH[department]}单位“${organisationId}”不存在`,
      en: `No ${department} organisation has id "${organisationId}"`,
    });

  if (department === "CENTER") {
    const centre = await context.loaders.centreById.load(organisationId);
    if (!centre) throw missing();
    return { department, organisationId, name: centre.name };
  }
  try {
    if (department === "JUSTICE") {
      const data = await context.graph.request<{ mediationCommittee: { id: string; name: string } | null }>(
        COMMITTEE,
        { id: organisationId },
        context,
      );
      if (!data.mediationCommittee) throw missing();
      return { department, organisationId, name: data.mediationCommittee.name };
    }
    const data = await context.graph.request<{ court: { id: string; name: string } | null }>(COURT, { id: organisationId }, context);
    if (!data.court) throw missing();
    return { department, organisationId, name: data.court.name };
  } catch (error) {
    throw fromGraph(error, missing);
  }
}

function fromGraph(error: unknown, missing: () => HubError): unknown {
  if (!(error instanceof GraphRequestError)) return error;
  if (error.hasCode(ErrorCode.NOT_FOUND) || error.hasCode(ErrorCode.BAD_USER_INPUT)) return missing();
  if (error.hasCode(ErrorCode.FORBIDDEN) || error.hasCode(ErrorCode.UNAUTHENTICATED)) {
    return new HubError(ErrorCode.FORBIDDEN, {
      zh: "无权查询该承办单位，不能分流",
      en: "You may not read that organisation, so the case cannot be routed to it",
    });
  }
  const unavailable = new HubError(ErrorCode.UPSTREAM_UNAVAILABLE, {
    zh: "暂时无法核实承办单位，请稍后重试",
    en: "The receiving organisation could not be checked just now; try again shortly",
  });
  (unavailable as { cause?: unknown }).cause = error;
  return unavailable;
}
