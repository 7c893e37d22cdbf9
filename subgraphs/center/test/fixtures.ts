import { randomUUID } from "node:crypto";
import type { CenterDb } from "../src/db";

/** A township of 包头市东河区 (150202) used across the centre's tests. */
export const DONGHE_TOWNSHIP = "150202001";

/** Registers a unique centre straight in the database, so tests can run side by side. */
export async function seedCentre(db: CenterDb, divisionCode = "150202", name = "东河区综治中心") {
  return db.centre.create({ data: { id: randomUUID(), name: `${name}-${randomUUID().slice(0, 6)}`, divisionCode } });
}

export const trafficDispute = (overrides: Record<string, unknown> = {}) => ({
  channel: "WALK_IN",
  category: "TRAFFIC_ACCIDENT",
  facts: "2026年11月20日，申请人驾驶的车辆在巴彦塔拉大街被被申请人驾驶的车辆追尾，造成车辆损坏。",
  claims: "请求被申请人赔偿车辆维修费8000元。",
  amountFen: 800_000,
  placeCode: DONGHE_TOWNSHIP,
  parties: [
    { role: "APPLICANT", kind: "PERSON", name: "巴特尔" },
    { role: "RESPONDENT", kind: "PERSON", name: "王建国" },
  ],
  ...overrides,
});
