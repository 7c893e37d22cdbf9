// The procuratorate's and the supervisors' pages, each loaded when first opened (the statistics page loads its charts later still).
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

export const OVERSIGHT_ROUTES: [string, Page][] = [
  ["/procuratorate", lazy(() => import("../workspaces/procuratorate/ProcuratorateHome"))],
  ["/procuratorate/case/:id", lazy(() => import("../workspaces/procuratorate/SupervisionCasePage"))],
  ["/oversight/overdue", lazy(() => import("../workspaces/oversight/OverduePage"))],
  ["/oversight/warnings", lazy(() => import("../workspaces/oversight/WarningsPage"))],
  ["/oversight/statistics", lazy(() => import("../workspaces/oversight/StatisticsPage"))],
  ["/oversight/return-visits", lazy(() => import("../workspaces/oversight/ReturnVisitsPage"))],
];
