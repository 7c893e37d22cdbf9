import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const CaseNumberSource = $Enums.CaseNumberSource;
export type CaseNumberSource = $Enums.CaseNumberSource;

registerEnumType(CaseNumberSource, {
  name: "CaseNumberSource",
  description: "案号来源 Who issues a court's 民特 case numbers",
  valuesConfig: {
    HUB_REGISTER: { description: "The hub is the court's register and issues them in sequence (法〔2015〕137号 art 10)" },
    COURT_SYSTEM: {
      description:
        "The court's own case-management system issues them; the clerk enters its number on acceptance and the hub checks its format",
    },
  },
});
