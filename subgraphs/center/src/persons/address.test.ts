import { addressIndexInput, maskAddressDetail, normaliseAddressDetail } from "./address";

describe("address detail", () => {
  it("normalises full-width characters, spaces and case, so one address entered twice meets", () => {
    expect(normaliseAddressDetail(" 巴彦塔拉大街１２号 3单元 402室 ")).toBe("巴彦塔拉大街12号3单元402室");
    expect(addressIndexInput("150202001", "巴彦塔拉大街12号3单元402室")).toBe(
      addressIndexInput("150202001", "巴彦塔拉大街 １２号3单元402室"),
    );
    expect(addressIndexInput("150202001", "幸福路1号")).not.toBe(addressIndexInput("150202002", "幸福路1号"));
  });

  it("keeps the first two characters of a longer detail and hides the rest and its length", () => {
    expect(maskAddressDetail("巴彦塔拉大街12号3单元402室")).toBe("巴彦****");
    expect(maskAddressDetail("幸福路1号")).toBe("幸福****");
    expect(maskAddressDetail("一号院")).toBe("****");
  });
});
