/** What the procuratorate reads of a dispute through the graph to screen it, owned by the centre, justice and the court. */
export interface ScreenedParty {
  id: string;
  role: "APPLICANT" | "RESPONDENT" | "THIRD_PARTY";
  kind: "PERSON" | "ORGANISATION";
  name: string;
  /** The centre's root record of the natural person, when an ID number identified them. */
  personId: string | null;
  idNumberMasked: string | null;
}

export interface ScreenedMediation {
  caseId: string;
  committeeId: string;
  committeeName: string;
  mediatorId: string | null;
  mediatorName: string | null;
  agreementId: string | null;
  agreementReachedAt: Date | null;
}

export interface ScreenedConfirmation {
  id: string;
  status: string;
  caseNumber: string | null;
  rulingOutcome: string | null;
  ruledAt: Date | null;
}

export interface ScreenedDispute {
  id: string;
  number: string;
  category: string;
  amountFen: number | null;
  placeCode: string;
  receivedAt: Date;
  parties: ScreenedParty[];
  /** The centre's links between parties on opposite sides (Dispute.partyLinks) */
  partyLinks: { kind: string; partyA: string; partyB: string }[];
  mediations: ScreenedMediation[];
  confirmations: ScreenedConfirmation[];
}

/** A dispute of the same county, as much as the baseline and repeat-use rules need. */
export interface PeerDispute {
  id: string;
  category: string;
  amountFen: number | null;
  applicantPersonIds: string[];
  committeeIds: string[];
  mediatorIds: string[];
}

export const SCREENED_DISPUTE_FIELDS = /* GraphQL */ `
  fragment ScreenedDispute on Dispute {
    id
    number
    category
    amountFen
    placeCode
    receivedAt
    parties {
      id
      role
      kind
      name
      idNumberMasked
      person {
        id
      }
    }
    partyLinks {
      kind
      partyA
      partyB
    }
    mediationCases {
      id
      committee {
        id
        name
      }
      mediator {
        id
        name
      }
      agreement {
        id
        reachedAt
      }
    }
    confirmationApplications {
      id
      status
      caseNumber
      rulingOutcome
      ruledAt
    }
  }
`;

export const PEER_DISPUTE_FIELDS = /* GraphQL */ `
  fragment PeerDispute on Dispute {
    id
    category
    amountFen
    parties {
      role
      person {
        id
      }
    }
    mediationCases {
      committee {
        id
      }
      mediator {
        id
      }
    }
  }
`;

export interface RawScreenedDispute {
  id: string;
  number: string;
  category: string;
  amountFen: number | null;
  placeCode: string;
  receivedAt: string;
  parties: {
    id: string;
    role: ScreenedParty["role"];
    kind: ScreenedParty["kind"];
    name: string;
    idNumberMasked: string | null;
    person: { id: string } | null;
  }[];
  partyLinks: { kind: string; partyA: string; partyB: string }[] | null;
  mediationCases:
    | {
        id: string;
        committee: { id: string; name: string };
        mediator: { id: string; name: string } | null;
        agreement: { id: string; reachedAt: string } | null;
      }[]
    | null;
  confirmationApplications:
    { id: string; status: string; caseNumber: string | null; rulingOutcome: string | null; ruledAt: string | null }[] | null;
}

export interface RawPeerDispute {
  id: string;
  category: string;
  amountFen: number | null;
  parties: { role: string; person: { id: string } | null }[];
  mediationCases: { committee: { id: string }; mediator: { id: string } | null }[] | null;
}

const date = (value: string | null): Date | null => (value ? new Date(value) : null);

export function toScreenedDispute(raw: RawScreenedDispute): ScreenedDispute {
  return {
    id: raw.id,
    number: raw.number,
    category: raw.category,
    amountFen: raw.amountFen,
    placeCode: raw.placeCode,
    receivedAt: new Date(raw.receivedAt),
    parties: raw.parties.map((party) => ({
      id: party.id,
      role: party.role,
      kind: party.kind,
      name: party.name,
      personId: party.person?.id ?? null,
      idNumberMasked: party.idNumberMasked,
    })),
    partyLinks: raw.partyLinks ?? [],
    mediations: (raw.mediationCases ?? []).map((mediation) => ({
      caseId: mediation.id,
      committeeId: mediation.committee.id,
      committeeName: mediation.committee.name,
      mediatorId: mediation.mediator?.id ?? null,
      mediatorName: mediation.mediator?.name ?? null,
      agreementId: mediation.agreement?.id ?? null,
      agreementReachedAt: date(mediation.agreement?.reachedAt ?? null),
    })),
    confirmations: (raw.confirmationApplications ?? []).map((application) => ({
      id: application.id,
      status: application.status,
      caseNumber: application.caseNumber,
      rulingOutcome: application.rulingOutcome,
      ruledAt: date(application.ruledAt),
    })),
  };
}

export function toPeerDispute(raw: RawPeerDispute): PeerDispute {
  const mediations = raw.mediationCases ?? [];
  return {
    id: raw.id,
    category: raw.category,
    amountFen: raw.amountFen,
    applicantPersonIds: raw.parties.flatMap((party) => (party.role === "APPLICANT" && party.person ? [party.person.id] : [])),
    committeeIds: mediations.map((mediation) => mediation.committee.id),
    mediatorIds: mediations.flatMap((mediation) => (mediation.mediator ? [mediation.mediator.id] : [])),
  };
}
