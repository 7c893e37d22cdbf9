import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const ApplicationForm = $Enums.ApplicationForm;
export type ApplicationForm = $Enums.ApplicationForm;
export const ApplicationMaterial = $Enums.ApplicationMaterial;
export type ApplicationMaterial = $Enums.ApplicationMaterial;

/**
 * 民诉法解释 354: what every application brings (the agreement, proof that the organisation
 * presided, each party's identity, domicile and contact). Proof of property rights and a power of
 * attorney are needed only where the agreement or an agent calls for them, which the court judges.
 */
export const REQUIRED_MATERIALS: readonly ApplicationMaterial[] = [
  "AGREEMENT",
  "MEDIATION_ORGANISATION_PROOF",
  "PARTY_IDENTITY_AND_CONTACT",
];
export const MATERIALS_RULE = "民诉法解释 354";

export function missingMaterials(submitted: readonly ApplicationMaterial[]): ApplicationMaterial[] {
  return REQUIRED_MATERIALS.filter((material) => !submitted.includes(material));
}

registerEnumType(ApplicationForm, {
  name: "ApplicationForm",
  description: "申请方式 Written or oral (民诉法解释 353)",
  valuesConfig: {
    WRITTEN: { description: "书面申请" },
    ORAL: { description: "口头申请: the court records it and each applicant signs, fingerprints or seals the record" },
  },
});

registerEnumType(ApplicationMaterial, {
  name: "ApplicationMaterial",
  description: "申请材料 What an application is filed with (民诉法解释 354)",
  valuesConfig: {
    AGREEMENT: { description: "调解协议" },
    MEDIATION_ORGANISATION_PROOF: { description: "调解组织主持调解的证明" },
    PROPERTY_RIGHTS_PROOF: { description: "与调解协议相关的财产权利证明" },
    PARTY_IDENTITY_AND_CONTACT: { description: "双方当事人的身份、住所、联系方式等基本信息" },
    POWER_OF_ATTORNEY: { description: "授权委托书 (an agent applies)" },
  },
});
