import { ErrorCode, HubError } from "@hub/subgraph-kit";
import { registerEnumType } from "type-graphql";
import { Gender } from "./enums";

/** 人民调解法 art 9: three to nine members, women among them, and in multi-ethnic areas members of the smaller ethnic groups. */
export const COMMITTEE_ROSTER_RULE = "人民调解法 art 9";
export const MIN_COMMITTEE_MEMBERS = 3;
export const MAX_COMMITTEE_MEMBERS = 9;
const MAJORITY = "汉族";

export enum RosterIssue {
  TOO_FEW_MEMBERS = "TOO_FEW_MEMBERS",
  TOO_MANY_MEMBERS = "TOO_MANY_MEMBERS",
  NO_WOMAN = "NO_WOMAN",
  NO_MINORITY_MEMBER = "NO_MINORITY_MEMBER",
}

registerEnumType(RosterIssue, {
  name: "RosterIssue",
  description: "What a committee's roster lacks under 人民调解法 art 9",
  valuesConfig: {
    TOO_FEW_MEMBERS: { description: "委员不足三人 fewer than three members" },
    TOO_MANY_MEMBERS: { description: "委员超过九人 more than nine members" },
    NO_WOMAN: { description: "没有妇女成员 no woman among the members" },
    NO_MINORITY_MEMBER: { description: "多民族居住地区没有人数较少民族的成员 no member of a smaller ethnic group in a multi-ethnic area" },
  },
});

export interface RosterMember {
  gender: Gender | null;
  ethnicity: string | null;
}

/** Whether a member belongs to one of the smaller ethnic groups (any recorded 民族 but 汉族). */
export const isMinority = (member: RosterMember) => member.ethnicity !== null && member.ethnicity !== MAJORITY;

/** Everything the roster lacks, in a fixed order; empty for a lawful roster. */
export function rosterIssues(members: readonly RosterMember[], multiEthnicArea: boolean): RosterIssue[] {
  const issues: RosterIssue[] = [];
  if (members.length < MIN_COMMITTEE_MEMBERS) issues.push(RosterIssue.TOO_FEW_MEMBERS);
  if (members.length > MAX_COMMITTEE_MEMBERS) issues.push(RosterIssue.TOO_MANY_MEMBERS);
  if (!members.some((member) => member.gender === Gender.FEMALE)) issues.push(RosterIssue.NO_WOMAN);
  if (multiEthnicArea && !members.some(isMinority)) issues.push(RosterIssue.NO_MINORITY_MEMBER);
  return issues;
}

const ISSUE_ZH: Record<RosterIssue, string> = {
  TOO_FEW_MEMBERS: "委员不足三人",
  TOO_MANY_MEMBERS: "委员超过九人",
  NO_WOMAN: "没有妇女成员",
  NO_MINORITY_MEMBER: "没有人数较少民族的成员",
};

/**
 * A member joining must leave the roster lawful: once it has the three members of a constituted
 * committee, women and (in a multi-ethnic area) a member of a smaller ethnic group are among them.
 * A committee still short of three is being formed. (Nine at most is checked under the lock too.)
 */
export function checkRosterChange(committeeName: string, after: readonly RosterMember[], multiEthnicArea: boolean): void {
  if (after.length < MIN_COMMITTEE_MEMBERS) return;
  const issues = rosterIssues(after, multiEthnicArea).filter(
    (issue) => issue === RosterIssue.NO_WOMAN || issue === RosterIssue.NO_MINORITY_MEMBER,
  );
  const [first] = issues;
  if (!first) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: `“${committeeName}”的委员名单将不符合人民调解法第九条（人民调解委员会应当有妇女成员，多民族居住的地区应当有人数较少民族的成员）：${issues.map((issue) => ISSUE_ZH[issue]).join("、")}`,
      en: `"${committeeName}"'s members would not meet 人民调解法 art 9 (a committee includes women and, in a multi-ethnic area, members of the smaller ethnic groups): ${issues.join(", ")}`,
    },
    {
      field: first === RosterIssue.NO_WOMAN ? "input.gender" : "input.ethnicity",
      rule: COMMITTEE_ROSTER_RULE,
      issues,
      memberCount: after.length,
    },
  );
}
