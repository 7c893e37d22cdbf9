import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const PersonalDataField = $Enums.PersonalDataField;
export type PersonalDataField = $Enums.PersonalDataField;
export const DisclosurePurpose = $Enums.DisclosurePurpose;
export type DisclosurePurpose = $Enums.DisclosurePurpose;

registerEnumType(PersonalDataField, {
  name: "PersonalDataField",
  description: "个人信息字段 A party's personal data, masked unless read in full through revealPersonalData",
  valuesConfig: {
    ID_NUMBER: { description: "居民身份证号码 resident ID number" },
    PHONE: { description: "电话 phone" },
    ADDRESS: { description: "住址 address" },
  },
});

registerEnumType(DisclosurePurpose, {
  name: "DisclosurePurpose",
  description: "查阅目的 Why personal data is read in full (个人信息保护法 art 6)",
  valuesConfig: {
    SERVICE_OF_DOCUMENTS: { description: "送达 service of documents" },
    CONTACT_PARTY: { description: "联系当事人 contacting the party" },
    IDENTITY_CHECK: { description: "身份核验 identity check" },
    SUPERVISION_REVIEW: { description: "监督审查 supervisory review" },
  },
});
