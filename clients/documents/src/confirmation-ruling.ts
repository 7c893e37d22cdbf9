import type { RejectionGround } from "@hub/sdk";
import { chineseDate, plainDate } from "./dates";
import { DocumentNotReady, type Block, type DocumentText } from "./document";
import { applicationFacts, type Application } from "./application-facts";
import { joinNames, partyLine } from "./parties";
import { termBlocks } from "./terms";

/** 民诉法解释 358: the item of the article each ground is. */
const GROUND_ITEMS: Record<RejectionGround, { item: string; text: string }> = {
  VIOLATES_MANDATORY_LAW: { item: "第一项", text: "违反法律强制性规定" },
  HARMS_STATE_PUBLIC_OR_OTHERS: { item: "第二项", text: "损害国家利益、社会公共利益、他人合法权益" },
  VIOLATES_PUBLIC_ORDER_OR_MORALS: { item: "第三项", text: "违背公序良俗" },
  NOT_VOLUNTARY: { item: "第四项", text: "违反自愿原则" },
  UNCLEAR_CONTENT: { item: "第五项", text: "内容不明确" },
  OTHER: { item: "第六项", text: "属于其他不能进行司法确认的情形" },
};

const INTERPRETATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》";

/** 解释 372: a party within 15 days of receiving the ruling; an interested person within 6 months of knowing. */
export const OBJECTION_NOTICE = `当事人认为本裁定有错误的，可以自收到本裁定之日起十五日内向本院提出异议；利害关系人认为本裁定损害其民事权益的，可以自知道或者应当知道其民事权益受到侵害之日起六个月内向本院提出异议（${INTERPRETATION}第三百七十二条）。`;

/**
 * 民事裁定书 on an application for judicial confirmation (民事诉讼法 art 206): the court, the case
 * number, the applicants, the agreement confirmed, or the application rejected with its 解释 358
 * ground, and the notices of the objection period (解释 372) and of enforcement (民事诉讼法 art 250).
 */
export function confirmationRulingText(application: Application): DocumentText {
  if (!application.caseNumber || !application.rulingOutcome || !application.ruledAt)
    throw new DocumentNotReady("该申请尚未作出裁定，没有民事裁定书", "The application has not been ruled on: there is no ruling");
  const { agreement, committee, applicants, parties } = applicationFacts(application);
  const names = joinNames(applicants.map((party) => party.name));
  const agreementName = `${plainDate(agreement.reachedAt)}经${committee.name}主持调解达成的人民调解协议`;
  const opening: Block[] = [
    ...applicants.map((party) => ({ kind: "line" as const, text: partyLine("申请人", party) })),
    {
      kind: "paragraph",
      text: `申请人${names}于${plainDate(application.filedAt)}向本院申请司法确认${agreementName}。本院受理后，依法指定审判员进行了审查。现已审查终结。`,
    },
    { kind: "paragraph", text: `申请人经${committee.name}主持调解，自愿达成如下协议：` },
    ...termBlocks(agreement.terms, parties),
  ];
  const reasoning = application.rulingReasoning
    ? `本院经审查认为，${application.rulingReasoning.replace(/^本院经审查认为[，,]?/, "")}`
    : undefined;
  const decision: Block[] =
    application.rulingOutcome === "VALID"
      ? [
          ...(reasoning ? [{ kind: "paragraph" as const, text: reasoning }] : []),
          { kind: "paragraph", text: "依照《中华人民共和国民事诉讼法》第二百零五条、第二百零六条规定，裁定如下：" },
          { kind: "paragraph", text: `申请人${names}${agreementName}有效。` },
          {
            kind: "paragraph",
            text: `当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向本院申请强制执行。申请执行的期间为二年，从调解协议约定履行期间的最后一日起计算${application.enforcementDeadline ? `，即至${plainDate(application.enforcementDeadline)}止` : ""}（《中华人民共和国民事诉讼法》第二百五十条）。`,
          },
        ]
      : rejectionBlocks(application, names, agreementName, reasoning);
  const blocks: Block[] = [
    ...opening,
    ...decision,
    { kind: "paragraph", text: OBJECTION_NOTICE },
    { kind: "paragraph", text: "本裁定书自即日起发生法律效力。" },
    { kind: "closing", lines: [`审判员\u3000${application.ruledBy?.name ?? ""}`, chineseDate(application.ruledAt), "（院印）"] },
  ];
  return { type: "CONFIRMATION_RULING", header: [application.court.name], title: "民事裁定书", number: application.caseNumber, blocks };
}

function rejectionBlocks(application: Application, names: string, agreementName: string, reasoning: string | undefined): Block[] {
  const ground = application.rejectionGround ? GROUND_ITEMS[application.rejectionGround] : undefined;
  return [
    { kind: "paragraph", text: reasoning ?? `本院经审查认为，该调解协议${ground?.text ?? "不能进行司法确认"}，不符合司法确认的条件。` },
    {
      kind: "paragraph",
      text: `依照《中华人民共和国民事诉讼法》第二百零六条、${INTERPRETATION}第三百五十八条${ground ? ground.item : ""}规定，裁定如下：`,
    },
    { kind: "paragraph", text: `驳回申请人${names}关于确认${agreementName}效力的申请。` },
    {
      kind: "paragraph",
      text: "当事人可以通过调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼（《中华人民共和国民事诉讼法》第二百零六条）。",
    },
  ];
}
