import { checkUuid, invalidInput, type Deadline } from "@hub/subgraph-kit";
import type { JusticeDeadlines } from "../config/deadlines";
import type { AcceptMediationCaseInput } from "./accept-mediation-case.input";
import { MediationOrigin, type CourtProcedure } from "./enums";

export const COURT_ORIGIN_RULE = "特邀调解规定 art 27";

export interface CaseOrigin {
  origin: MediationOrigin;
  invitingCourtId: string | null;
  courtProcedure: CourtProcedure | null;
  /** When the mediator signed for the court's file; null for people's mediation. */
  fileSignedForAt: Date | null;
  limit: Deadline;
  /** The event the limit counts from: acceptance, or for a court's case the signing for its file. */
  clockFrom: Date;
}

/**
 * Where the mediation came from and the limit that follows (特邀调解规定 art 27): 委派 30 days,
 * 委托 15 (ordinary procedure) or 7 (summary), from when the mediator signed for the file;
 * people's mediation the configured norm from acceptance.
 */
export function caseOrigin(input: AcceptMediationCaseInput, deadlines: JusticeDeadlines, now: Date): CaseOrigin {
  const invitingCourtId = input.invitingCourtId ?? null;
  if (invitingCourtId !== null) checkUuid(invitingCourtId, "input.invitingCourtId");
  const origin = input.origin ?? (invitingCourtId ? MediationOrigin.COURT_DELEGATED : MediationOrigin.PEOPLES_MEDIATION);
  const fromCourt = origin !== MediationOrigin.PEOPLES_MEDIATION;
  if (fromCourt !== (invitingCourtId !== null)) {
    throw invalidInput("input.invitingCourtId", COURT_ORIGIN_RULE, {
      zh: fromCourt ? "委派或委托调解应当写明委派、委托的人民法院" : "人民调解不填写委派、委托的人民法院",
      en: fromCourt ? "A delegated or entrusted mediation names the court" : "People's mediation names no court",
    });
  }
  const entrusted = origin === MediationOrigin.COURT_ENTRUSTED;
  const courtProcedure = input.courtProcedure ?? null;
  if (entrusted !== (courtProcedure !== null)) {
    throw invalidInput("input.courtProcedure", COURT_ORIGIN_RULE, {
      zh: entrusted ? "委托调解应当写明案件适用普通程序还是简易程序" : "只有委托调解填写审理程序",
      en: entrusted
        ? "An entrusted mediation states whether the case is under the ordinary or summary procedure"
        : "Only an entrusted mediation states a procedure",
    });
  }
  if (!fromCourt && input.fileSignedForAt) {
    throw invalidInput("input.fileSignedForAt", COURT_ORIGIN_RULE, {
      zh: "只有委派、委托调解记录签收材料的时间",
      en: "Only a delegated or entrusted mediation records when the file was signed for",
    });
  }
  const fileSignedForAt = fromCourt ? (input.fileSignedForAt ?? now) : null;
  if (fileSignedForAt && fileSignedForAt > now) {
    throw invalidInput("input.fileSignedForAt", COURT_ORIGIN_RULE, {
      zh: "签收材料的时间不能晚于现在",
      en: "The file cannot have been signed for in the future",
    });
  }
  const limit = limitOf(origin, courtProcedure, deadlines);
  return { origin, invitingCourtId, courtProcedure, fileSignedForAt, limit, clockFrom: fileSignedForAt ?? now };
}

/** The time limit of a case of this origin (特邀调解规定 art 27), on the deadlines in force. */
export function limitOf(origin: MediationOrigin, courtProcedure: CourtProcedure | null, deadlines: JusticeDeadlines): Deadline {
  if (origin === MediationOrigin.PEOPLES_MEDIATION) return deadlines.mediation;
  if (origin !== MediationOrigin.COURT_ENTRUSTED) return deadlines.courtDelegatedMediation;
  return courtProcedure === "SUMMARY" ? deadlines.courtEntrustedSummaryMediation : deadlines.courtEntrustedOrdinaryMediation;
}
