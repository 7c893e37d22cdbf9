import { defineStateMachine } from "@hub/subgraph-kit";
import { AgreementStatus } from "./enums";

export type AgreementEvent = "SIGN" | "SEAL" | "TAKE_EFFECT" | "LAPSE";

/**
 * A written agreement waits for every bound party's signature, seal or fingerprint, the mediator's
 * signature and the committee's seal, then takes effect (人民调解法 art 29). An oral agreement is
 * born EFFECTIVE (art 30). Nothing changes an agreement in effect. A written agreement a party never
 * signs lapses when the mediation is ended as failed (art 26).
 */
export const agreementMachine = defineStateMachine<AgreementStatus, AgreementEvent>(
  {
    AWAITING_SIGNATURES: {
      SIGN: AgreementStatus.AWAITING_SIGNATURES,
      SEAL: AgreementStatus.AWAITING_SIGNATURES,
      TAKE_EFFECT: AgreementStatus.EFFECTIVE,
      LAPSE: AgreementStatus.LAPSED,
    },
    EFFECTIVE: {},
    LAPSED: {},
  },
  {
    entity: { zh: "调解协议", en: "mediation agreement" },
    states: { AWAITING_SIGNATURES: "待签署", EFFECTIVE: "已生效", LAPSED: "未生效终结" },
    events: { SIGN: "签署", SEAL: "加盖委员会印章", TAKE_EFFECT: "生效", LAPSE: "因当事人未签署而终结" },
  },
);
