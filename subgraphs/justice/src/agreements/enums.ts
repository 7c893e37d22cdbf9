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
