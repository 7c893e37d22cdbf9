import type { ThemeConfig } from "antd";

// Darker than Ant Design's defaults so text and controls meet WCAG AA (4.5:1) on white;
// system fonts only: nothing is fetched from another origin.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#0958d9",
    colorLink: "#0958d9",
    colorError: "#c41d1d",
    colorSuccess: "#2f7d0f",
    colorWarning: "#a35200",
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
    colorTextDescription: "rgba(0, 0, 0, 0.62)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
    fontFamily: '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
  },
};
