import { Tabs } from "antd";
import { PageTitle } from "../../layout/PageTitle";
import { CasesTab } from "./CasesTab";
import { LeadsTab } from "./LeadsTab";
import { ScreeningTab } from "./ScreeningTab";

/** 检察监督: leads from the jurisdiction's rulings and agreements, the red-flag screening, and the cases opened. */
export default function ProcuratorateHome() {
  return (
    <>
      <PageTitle title="检察监督" />
      <Tabs
        items={[
          { key: "leads", label: "监督线索", children: <LeadsTab /> },
          { key: "screening", label: "虚假调解筛查", children: <ScreeningTab /> },
          { key: "cases", label: "监督案件", children: <CasesTab /> },
        ]}
      />
    </>
  );
}
