import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const AgreementForm = $Enums.AgreementForm;
export type AgreementForm = $Enums.AgreementForm;
export const AgreementStatus = $Enums.AgreementStatus;
export type AgreementStatus = $Enums.AgreementStatus;
export const AgreementSigner = $Enums.AgreementSigner;
export type AgreementSigner = $Enums.AgreementSigner;
export const SignatureMethod = $Enums.SignatureMethod;
export type SignatureMethod = $Enums.SignatureMethod;

registerEnumType(AgreementForm, {
  name: "AgreementForm",
  description: "调解协议形式 Written or oral (人民调解法 art 28)",
  valuesConfig: {
    WRITTEN: { description: "书面调解协议 takes effect when signed by every party and the mediator and sealed (art 29)" },
    ORAL: { description: "口头调解协议 takes effect on the day it is reached (art 30)" },
  },
});

registerEnumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "调解协议状态 Whether the agreement has taken effect",
  valuesConfig: {
    AWAITING_SIGNATURES: { description: "待签署 a written agreement awaiting signatures or the committee seal" },
    EFFECTIVE: { description: "已生效 in effect (人民调解法 arts 29-30)" },
    LAPSED: {
      description: "未生效终结 a written agreement a party never signed, ended with the mediation as failed (人民调解法 arts 26, 29)",
    },
  },
});

registerEnumType(AgreementSigner, {
  name: "AgreementSigner",
  description: "Who signs a written agreement (人民调解法 art 29)",
  valuesConfig: {
    PARTY: { description: "当事人" },
    MEDIATOR: { description: "人民调解员" },
  },
});

registerEnumType(SignatureMethod, {
  name: "SignatureMethod",
  description: "How a signer confirmed the agreement (人民调解法 art 29)",
  valuesConfig: {
    SIGNATURE: { description: "签名" },
    SEAL: { description: "盖章" },
    FINGERPRINT: { description: "按指印" },
  },
});

export const AgreementTermSubject = $Enums.AgreementTermSubject;
export type AgreementTermSubject = $Enums.AgreementTermSubject;

/** The subjects that are a status relationship: a court does not confirm them (民诉法解释 355(3)). */
export const STATUS_RELATIONSHIP_SUBJECTS: readonly AgreementTermSubject[] = [
  AgreementTermSubject.STATUS_MARRIAGE,
  AgreementTermSubject.STATUS_PARENTAGE,
  AgreementTermSubject.STATUS_ADOPTION,
];

registerEnumType(AgreementTermSubject, {
  name: "AgreementTermSubject",
  description:
    "履行事项所涉内容 What a term is about, so that a court can refuse terms that confirm, annul or dissolve a status relationship (民诉法解释 355(3)) by the term, not by the dispute's category",
  valuesConfig: {
    PAYMENT: { description: "给付金钱 paying money (compensation, a debt, wages, a 彩礼 refund)" },
    PROPERTY: { description: "交付或分割财产 delivering, returning or dividing property (e.g. after a divorce)" },
    SERVICE: { description: "作为或不作为 doing or refraining from an act (repairs, removing an obstruction)" },
    APOLOGY: { description: "赔礼道歉 an apology" },
    STATUS_MARRIAGE: { description: "婚姻关系 confirming, annulling or dissolving a marriage (a court does not confirm it, 解释 355(3))" },
    STATUS_PARENTAGE: { description: "亲子关系 confirming or denying parentage (a court does not confirm it, 解释 355(3))" },
    STATUS_ADOPTION: { description: "收养关系 establishing or dissolving an adoption (a court does not confirm it, 解释 355(3))" },
    OTHER: { description: "其他 anything else" },
  },
});
