import { ErrorCode, GraphRequestError, HubError, invalidInput, type HubContext } from "@hub/subgraph-kit";
import type { GraphReader } from "../graph";

/** What the court needs to know about a mediation case before registering a confirmation application. */
export const CONFIRMATION_FACTS = /* GraphQL */ `
  query ConfirmationFacts($id: ID!) {
    mediationCase(id: $id) {
      id
      status
      invitingCourtId
      committee {
        id
        divisionCode
      }
      dispute {
        id
        category
        placeCode
        amountFen
        parties {
          id
          role
          person {
            addressDivision {
              code
            }
          }
        }
      }
      agreement {
        id
        status
        effectiveAt
        partyIds
        terms {
          id
          position
          deadline
          subject
        }
      }
    }
  }
`;

export interface AgreementTermFacts {
  id: string;
  position: number;
  /** 履行期限: for instalments, the last instalment's (justice keeps it so) */
  deadline: string;
  /** What the term is about (justice's AgreementTermSubject); null on terms recorded before it was */
  subject: string | null;
}

export interface ConfirmationFacts {
  id: string;
  status: string;
  invitingCourtId: string | null;
  committee: { id: string; divisionCode: string };
  dispute: {
    id: string;
    category: string;
    placeCode: string;
    amountFen: number | null;
    /** `person.addressDivision` is the party's domicile division as the centre stores it (persons only) */
    parties: { id: string; role: string; person?: { addressDivision: { code: string } | null } | null }[];
  } | null;
  agreement: {
    id: string;
    status: string;
    effectiveAt: string | null;
    partyIds: string[];
    /** 履行期限 of each term */
    terms: AgreementTermFacts[];
  } | null;
}

const FIELD = "input.mediationCaseId";

/** Reads the mediation case through the gateway as the acting clerk; a case the graph does not know is bad input. */
export async function readConfirmationFacts(
  graph: GraphReader,
  mediationCaseId: string,
  context: Pick<HubContext, "actor" | "requestId">,
): Promise<ConfirmationFacts & { dispute: NonNullable<ConfirmationFacts["dispute"]> }> {
  let facts: ConfirmationFacts | null;
  try {
    facts = (await graph.request<{ mediationCase: ConfirmationFacts | null }>(CONFIRMATION_FACTS, { id: mediationCaseId }, context))
      .mediationCase;
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    if (error.hasCode("NOT_FOUND") || error.hasCode("BAD_USER_INPUT")) facts = null;
    else if (error.hasCode("FORBIDDEN")) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        {
          zh: "无权查看该调解案件，不能据此申请司法确认",
          en: "You may not see this mediation case, so it cannot be the basis of an application",
        },
        { field: FIELD },
      );
    } else {
      throw upstream(error.errors.map((e) => String(e.extensions?.code ?? "ERROR")));
    }
  }
  if (!facts) {
    throw invalidInput(FIELD, "mediation case held by justice", {
      zh: `调解案件“${mediationCaseId}”不存在`,
      en: `Mediation case "${mediationCaseId}" does not exist`,
    });
  }
  const { dispute } = facts;
  if (!dispute) throw upstream([]);
  return { ...facts, dispute };
}

function upstream(upstreamCodes: string[]): HubError {
  return new HubError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    {
      zh: "暂时无法获取调解案件及纠纷信息，请稍后重试",
      en: "The mediation case and its dispute could not be read just now; try again shortly",
    },
    { field: FIELD, upstreamCodes },
  );
}
