import { chineseDate, plainDate } from "./dates";
import type { Block, DocumentText } from "./document";
import { applicationFacts, applicationNumber, type Application } from "./application-facts";
import { joinNames, partyLine } from "./parties";
import { termBlocks } from "./terms";

/** 司法确认申请书: the joint application of the parties (民事诉讼法 art 205; 民诉法解释 351, 353). */
export function confirmationApplicationText(application: Application): DocumentText {
  const { agreement, committee, applicants, others, parties } = applicationFacts(application);
  const names = joinNames(applicants.map((party) => party.name));
  const blocks: Block[] = [
    ...applicants.map((party) => ({ kind: "line" as const, text: partyLine("申请人", party) })),
    ...others.map((party) => ({ kind: "line" as const, text: partyLine("其他当事人", party) })),
    { kind: "heading", text: "请求事项" },
    {
      kind: "paragraph",
      text: `确认申请人${names}于${plainDate(agreement.reachedAt)}经${committee.name}主持调解达成的人民调解协议有效。`,
    },
    { kind: "heading", text: "事实与理由" },
    { kind: "paragraph", text: agreement.facts },
    { kind: "paragraph", text: `争议事项：${agreement.disputedPoints}` },
    { kind: "paragraph", text: `责任分担：${agreement.responsibility}` },
    { kind: "paragraph", text: `经${committee.name}主持调解，申请人自愿达成如下协议：` },
    ...termBlocks(agreement.terms, parties),
    {
      kind: "paragraph",
      text: "申请人依照《中华人民共和国民事诉讼法》第二百零五条、《中华人民共和国人民调解法》第三十三条的规定，自调解协议生效之日起三十日内共同向人民法院申请司法确认。申请人保证所提供的材料真实、合法，调解协议系出于自愿，不损害国家利益、社会公共利益和他人合法权益。",
    },
    { kind: "paragraph", text: "此致" },
    { kind: "line", text: application.court.name },
    { kind: "signatures", lines: applicants.map((party) => `申请人：${party.name}（签名或者盖章）`) },
    { kind: "closing", lines: [chineseDate(application.filedAt)] },
  ];
  return { type: "CONFIRMATION_APPLICATION", header: [], title: "司法确认申请书", number: applicationNumber(application), blocks };
}
