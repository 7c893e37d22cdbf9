import type { DisputeCategory } from "@hub/sdk";

/** 纠纷类别 in the order a resident looks for them; the hints say what belongs where. */
export const CATEGORIES: { value: DisputeCategory; label: string; hint: string }[] = [
  { value: "NEIGHBOUR", label: "邻里纠纷", hint: "噪音、漏水、通道、采光等" },
  { value: "FAMILY", label: "家庭纠纷", hint: "赡养、抚养、分家析产等" },
  { value: "MARRIAGE", label: "婚姻纠纷", hint: "离婚、彩礼等" },
  { value: "TRAFFIC_ACCIDENT", label: "交通事故", hint: "车辆剐蹭、人身损害赔偿等" },
  { value: "LABOUR_WAGES", label: "劳动报酬", hint: "拖欠工资、劳务费等" },
  { value: "PRIVATE_LENDING", label: "民间借贷", hint: "借钱不还等" },
  { value: "CONTRACT", label: "合同纠纷", hint: "买卖、租赁、承揽等" },
  { value: "PROPERTY", label: "物业、财产", hint: "物业费、财产归属等" },
  { value: "LAND", label: "土地、草场", hint: "承包地、草场边界等" },
  { value: "CONSUMER", label: "消费纠纷", hint: "商品质量、退换货等" },
  { value: "MEDICAL", label: "医疗纠纷", hint: "诊疗损害等" },
  { value: "OTHER", label: "其他", hint: "以上都不是" },
];
