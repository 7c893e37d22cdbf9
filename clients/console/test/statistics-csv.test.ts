import { columnsFor, formatRate, groupLabel, toCsv } from "../src/workspaces/oversight/statistics-table";

const row = (key: string, received: number, resolved: number, overdue = 0, label: string | null = null) => ({
  key,
  label,
  received,
  resolved,
  resolutionRate: received ? resolved / received : null,
  resolutionDaysP50: resolved ? 1.25 : null,
  resolutionDaysP90: resolved ? 3 : null,
  overdue,
});

describe("the statistics table's export", () => {
  it("is UTF-8 CSV with a byte-order mark, Chinese headers, one line per group and the total last", () => {
    const rows = [row("150205001", 2, 1, 1, "石拐街道"), row("150205101", 1, 0, 1, "五当召镇")];
    const csv = toCsv("SUBDIVISION", rows, row("ALL", 3, 1, 2));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "区划,受理数,化解数,化解率,化解用时中位数（天）,化解用时90分位（天）,超期数",
      "石拐街道,2,1,50.0%,1.3,3.0,1",
      "五当召镇,1,0,0.0%,—,—,1",
      "合计,3,1,33.3%,1.3,3.0,2",
      "",
    ]);
  });

  it("quotes a cell holding a comma, a quote or a line break", () => {
    const csv = toCsv("SUBDIVISION", [row("x", 1, 1, 0, '某"新区",一')], row("ALL", 1, 1));
    expect(csv.split("\r\n")[1]).toBe('"某""新区"",一",1,1,100.0%,1.3,3.0,0');
  });

  it("names groups in Chinese by dimension, and shows no rate when nothing was received", () => {
    expect(groupLabel("CATEGORY", row("PRIVATE_LENDING", 1, 0))).toBe("民间借贷");
    expect(groupLabel("CHANNEL", row("QR_CODE", 1, 0))).toBe("解纷码");
    expect(groupLabel("MONTH", row("2026-11", 1, 0))).toBe("2026-11");
    expect(columnsFor("MONTH")[0]?.title).toBe("受理月份");
    expect(formatRate(null)).toBe("—");
  });
});
