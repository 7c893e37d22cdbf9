import { ErrorCode, HubError, invalidInput, type Actor } from "@hub/subgraph-kit";

const DIVISION = /^15(\d{2}){0,2}(\d{3})?$/;

/**
 * The division a prosecutor looks at: the one asked for, which must lie within their own
 * jurisdiction, or their own jurisdiction when none is asked for.
 */
export function jurisdictionFor(actor: Actor, requested: string | null | undefined, field: string): string {
  const code = requested?.trim() || actor.jurisdictionCode;
  if (!code) {
    throw invalidInput(field, "required without a jurisdiction of one's own", {
      zh: "账号未配置管辖区域，请指明区划代码",
      en: "Your account has no jurisdiction; name a division code",
    });
  }
  if (!DIVISION.test(code)) {
    throw invalidInput(field, "GB/T 2260 division code of Inner Mongolia", {
      zh: `“${code}”不是内蒙古的区划代码`,
      en: `"${code}" is not a division code of Inner Mongolia`,
    });
  }
  requireWithinJurisdiction(actor, code);
  return code;
}

/** Refuses a prosecutor a division (or a dispute's place) outside their jurisdiction. */
export function requireWithinJurisdiction(actor: Actor, placeCode: string): void {
  if (!actor.jurisdictionCode || placeCode.startsWith(actor.jurisdictionCode)) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `区划“${placeCode}”不在本院管辖区域（${actor.jurisdictionCode}）内`,
      en: `Division ${placeCode} lies outside your jurisdiction (${actor.jurisdictionCode})`,
    },
    { rule: "人民检察院民事诉讼监督规则 (2021): 管辖 jurisdiction", jurisdictionCode: actor.jurisdictionCode },
  );
}
