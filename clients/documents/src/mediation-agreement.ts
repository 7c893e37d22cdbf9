import type { DocumentMediationAgreementQuery } from "@hub/sdk";
import { chineseDate, plainDate } from "./dates";
import { DocumentNotReady, type Block, type DocumentText } from "./document";
import { partyLine, roleLabel } from "./parties";
import { termBlocks } from "./terms";

type Agreement = DocumentMediationAgreementQuery["mediationAgreement"];

const METHODS = { SIGNATURE: "签名", SEAL: "盖章", FINGERPRINT: "按指印" } as const;

/**
 * 人民调解协议书, laid out as the Ministry of Justice's 人民调解文书格式 lays it out: number,
 * parties, 纠纷主要事实、争议事项, the agreement reached (人民调解法 art 28), 履行方式、时限,
 * copies, signatures, the committee's seal and the date (art 29).
 */
export function mediationAgreementText(agreement: Agreement): DocumentText {
  const dispute = agreement.mediationCase.dispute;
  if (!dispute) throw new DocumentNotReady("读不到该协议所涉纠纷的当事人", "The agreement's dispute and its parties cannot be read");
  if (agreement.form === "ORAL")
    throw new DocumentNotReady(
      "口头调解协议不制作协议书，由人民调解员记录（人民调解法第三十条）",
      "An oral agreement has no written form (人民调解法 art 30)",
    );
  const bound = dispute.parties.filter((party) => agreement.partyIds.includes(party.id));
  const signatures = agreement.signatures
    .filter((signature) => signature.signer === "PARTY")
    .map((signature) => {
      const party = bound.find((candidate) => candidate.id === signature.partyId);
      return `当事人：${party?.name ?? "（当事人）"}（${METHODS[signature.method]}，${plainDate(signature.signedAt)}）`;
    });
  const unsigned = bound
    .filter((party) => !agreement.signatures.some((signature) => signature.signer === "PARTY" && signature.partyId === party.id))
    .map((party) => `当事人：${party.name}（尚未签名）`);
  const mediatorSignature = agreement.signatures.find((signature) => signature.signer === "MEDIATOR");
  const blocks: Block[] = [
    ...bound.map((party) => ({ kind: "line" as const, text: partyLine(`当事人（${roleLabel(party)}）`, party) })),
    { kind: "heading", text: "纠纷主要事实、争议事项" },
    { kind: "paragraph", text: agreement.facts },
    { kind: "paragraph", text: `争议事项：${agreement.disputedPoints}` },
    { kind: "paragraph", text: `责任分担：${agreement.responsibility}` },
    { kind: "heading", text: "经调解，当事人自愿达成如下协议" },
    ...termBlocks(agreement.terms, bound),
    { kind: "heading", text: "履行方式、时限" },
    {
      kind: "paragraph",
      text: "各项义务按上列各条约定的履行方式、地点和期限履行。人民调解委员会对协议的履行情况进行监督（《中华人民共和国人民调解法》第三十一条）。",
    },
    {
      kind: "paragraph",
      text: `本协议一式${bound.length + 1}份，当事人、人民调解委员会各持一份，自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（《中华人民共和国人民调解法》第二十九条）。`,
    },
    {
      kind: "signatures",
      lines: [
        ...signatures,
        ...unsigned,
        `人民调解员：${agreement.mediator.name}${mediatorSignature ? `（签名，${plainDate(mediatorSignature.signedAt)}）` : "（尚未签名）"}`,
      ],
    },
    {
      kind: "closing",
      lines: [
        agreement.mediationCase.committee.name,
        agreement.sealedAt ? `（人民调解委员会印，${plainDate(agreement.sealedAt)}加盖）` : "（人民调解委员会印：尚未加盖）",
        chineseDate(agreement.effectiveAt ?? agreement.reachedAt),
        agreement.effectiveAt ? `生效时间：${plainDate(agreement.effectiveAt)}` : "尚未生效：签名、盖章未齐",
      ],
    },
  ];
  return {
    type: "MEDIATION_AGREEMENT",
    header: [agreement.mediationCase.committee.name],
    title: "人民调解协议书",
    number: dispute.number,
    blocks,
  };
}
