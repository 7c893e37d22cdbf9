import { chineseDate, plainDate } from "./dates";
import { DocumentNotReady, type DocumentText } from "./document";
import { applicationFacts, type Application } from "./application-facts";
import { joinNames } from "./parties";

/** 受理通知书: the court tells the applicants it has accepted their application, with the case number. */
export function acceptanceNoticeText(application: Application): DocumentText {
  if (!application.caseNumber || !application.acceptedAt)
    throw new DocumentNotReady("该申请尚未受理，没有受理通知书", "The application has not been accepted: there is no acceptance notice");
  const { agreement, committee, applicants } = applicationFacts(application);
  const names = applicants.map((party) => party.name);
  return {
    type: "ACCEPTANCE_NOTICE",
    header: [application.court.name],
    title: "受理通知书",
    number: application.caseNumber,
    blocks: [
      { kind: "line", text: `${names.join("、")}：` },
      {
        kind: "paragraph",
        text:
          `你们于${plainDate(application.filedAt)}向本院申请确认${plainDate(agreement.reachedAt)}经${committee.name}主持调解达成的人民调解协议效力一案，` +
          `本院经审查，符合受理条件，决定立案受理（《中华人民共和国民事诉讼法》第二百零五条，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十五条）。`,
      },
      {
        kind: "paragraph",
        text: `本案案号为${application.caseNumber}。本院将依法审查${joinNames(names)}的申请，于${plainDate(application.conclusionDueAt)}前审结。审查中，本院可以要求你们限期补充陈述或者补充证明材料，必要时可以向调解组织核实有关情况（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十六条、第三百五十七条）。`,
      },
      { kind: "paragraph", text: "特此通知。" },
      { kind: "closing", lines: [application.court.name, "（院印）", chineseDate(application.acceptedAt)] },
    ],
  };
}
