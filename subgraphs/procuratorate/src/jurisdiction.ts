import { ErrorCode, HubError, invalidInput, isDivisionCode, scopeOf, type Actor } from "@hub/subgraph-kit";

const RULE = "人民检察院民事诉讼监督规则 (2021): 管辖 jurisdiction";

/**
 * The prosecutor's jurisdiction as the access policy reads it: their Dispute scope (kit
 * SCOPE_RULES, ground J). Without one they see no dispute, so every division is refused.
 */
function ownJurisdiction(actor: Actor): string | null {
  return scopeOf("Dispute", actor).jurisdiction;
}

/**
 * The division a prosecutor looks at: the one asked for, which must lie within their own
 * jurisdiction, or their own jurisdiction when none is asked for.
 */
export function jurisdictionFor(actor: Actor, requested: string | null | undefined, field: string): string {
  const code = requested?.trim() || ownJurisdiction(actor);
  if (!code) throw outsideJurisdiction(actor);
  if (!isDivisionCode(code)) {
    throw invalidInput(field, "GB/T 2260 division code of Inner Mongolia", {
      zh: `“${code}”不是内蒙古的区划代码`,
      en: `"${code}" is not a division code of Inner Mongolia`,
    });
  }
  requireWithinJurisdiction(actor, code);
  return code;
}

/** Refuses a prosecutor a division (or a dispute's place) outside their jurisdiction, and every one when they have none. */
export function requireWithinJurisdiction(actor: Actor, placeCode: string): void {
  const own = ownJurisdiction(actor);
  if (own && placeCode.startsWith(own)) return;
  throw outsideJurisdiction(actor);
}

/** Names the caller's own jurisdiction, never the refused place: it may be a dispute's township the caller may not see. */
function outsideJurisdiction(actor: Actor): HubError {
  const own = ownJurisdiction(actor);
  const message = own
    ? {
        zh: `所涉区划不在本院管辖区域（${own}）内`,
        en: `The division lies outside your jurisdiction (${own})`,
      }
    : { zh: "账号未配置管辖区域，无权查看任何区划", en: "Your account has no jurisdiction, so no division is yours to see" };
  return new HubError(ErrorCode.FORBIDDEN, message, { rule: RULE, jurisdictionCode: own });
}
