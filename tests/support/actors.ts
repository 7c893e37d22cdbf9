import { randomUUID } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";

/** Builds a verified identity for tests; pass the fields that matter to the case. */
export function actor(overrides: Partial<Actor> & Pick<Actor, "department" | "roles">): Actor {
  return {
    userId: `user-${randomUUID().slice(0, 8)}`,
    name: "测试人员",
    organisationId: null,
    jurisdictionCode: "15",
    ...overrides,
  };
}

export const centreOfficer = (organisationId: string | null, jurisdictionCode = "150202") =>
  actor({ department: "CENTER", roles: ["CENTRE_OFFICER"], organisationId, jurisdictionCode, name: "王受理" });
export const centreSupervisor = (jurisdictionCode = "15") =>
  actor({ department: "CENTER", roles: ["CENTRE_SUPERVISOR"], jurisdictionCode, name: "李督办" });
export const mediator = (organisationId: string | null = null) =>
  actor({ department: "JUSTICE", roles: ["MEDIATOR"], organisationId, name: "张调解" });
export const justiceOfficer = () => actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], name: "赵司法" });
export const courtClerk = (organisationId: string | null = null) =>
  actor({ department: "COURT", roles: ["COURT_CLERK"], organisationId, name: "陈书记员" });
export const judge = (organisationId: string | null = null) =>
  actor({ department: "COURT", roles: ["JUDGE"], organisationId, name: "刘法官" });
export const prosecutor = (organisationId: string | null = null) =>
  actor({ department: "PROCURATORATE", roles: ["PROSECUTOR"], organisationId, name: "周检察" });
