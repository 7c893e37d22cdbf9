import { defineDeadlines, type Deadline } from "@hub/subgraph-kit";

/**
 * The centre's time limits for each stage of a dispute (督办), with their legal or local sources.
 * A limit with an `extension` may be extended by a supervisor, with a reason, by that much in all.
 */
export const DEFAULT_DEADLINES = {
  /** The centre registers and routes a matter within 15 days of receiving it. */
  routeDispute: { days: 15, workingDays: false, basis: "信访工作条例 art 22" },
  /** The petitioner is told in writing, within 15 days of receipt, how the matter is handled. */
  notifyPetitioner: { days: 15, workingDays: false, basis: "信访工作条例 art 23: 应当自收到之日起15日内书面告知信访人" },
  /** An organisation that a matter was wrongly routed to objects within 5 working days. */
  respondToRouting: { days: 5, workingDays: true, basis: "信访工作条例 art 23" },
  /** The organisation that accepted a routed case mediates or handles it within a month. */
  handleDispute: {
    days: 30,
    workingDays: false,
    basis: "人民调解工作若干规定 (2002) art 33: 一般在一个月内调结; 特邀调解规定 art 27: 30日",
    extension: { days: 30, basis: "本地规则: 经综治中心督办人员批准可延长一次，最长30日" },
  },
  /** 复查: the petitioner asks within 30 days of receiving the handling opinion; the answer is due 30 days after the request. */
  reviewRequest: { days: 30, workingDays: false, basis: "信访工作条例 art 35: 自收到书面答复之日起30日内请求复查" },
  reviewAnswer: { days: 30, workingDays: false, basis: "信访工作条例 art 35: 自收到复查请求之日起30日内提出复查意见" },
  /** 复核: the petitioner asks within 30 days of receiving the 复查 opinion; the answer is due 30 days after the request. */
  reExaminationRequest: { days: 30, workingDays: false, basis: "信访工作条例 art 36: 自收到书面复查意见之日起30日内请求复核" },
  reExaminationAnswer: { days: 30, workingDays: false, basis: "信访工作条例 art 36: 自收到复核请求之日起30日内提出复核意见" },
  /** The matter is concluded and the applicant answered within 60 days of receipt, +30 with approval. */
  concludeDispute: {
    days: 60,
    workingDays: false,
    basis: "信访工作条例 art 34",
    extension: { days: 30, basis: "信访工作条例 art 34: 经本机关负责人批准可延长，延长期限不得超过30日" },
  },
} satisfies Record<string, Deadline>;

export type CenterDeadlines = Record<keyof typeof DEFAULT_DEADLINES, Deadline>;

/** Override schema, merging and the CENTER_DEADLINES_FILE reader for the names above. */
export const centerDeadlines = defineDeadlines(DEFAULT_DEADLINES);
