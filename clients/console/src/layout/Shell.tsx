import { Button, Layout, Menu, Space, Spin, Tag, Typography } from "antd";
import { lazy, Suspense, useEffect, type ComponentType, type LazyExoticComponent } from "react";
import { OVERSIGHT_ROUTES } from "../app/oversight-routes";
import { match, navigate, usePath } from "../app/router";
import { useSession } from "../app/session-context";
import { homeOf, menuFor } from "../app/workspaces";
import { ROLE } from "../labels/zh";

type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

// Each workspace loads when first opened, so the first page stays small.
const ROUTES: [string, Page][] = [
  ["/centre/receive", lazy(() => import("../workspaces/centre/ReceivePage"))],
  ["/centre/queue", lazy(() => import("../workspaces/centre/RoutingQueuePage"))],
  ["/centre/duplicates", lazy(() => import("../workspaces/centre/DuplicateQueuePage"))],
  ["/mediation", lazy(() => import("../workspaces/mediation/MediationInbox"))],
  ["/mediation/case/:id", lazy(() => import("../workspaces/mediation/MediationCasePage"))],
  ["/court", lazy(() => import("../workspaces/court/CourtInbox"))],
  ["/court/application/:id", lazy(() => import("../workspaces/court/ApplicationPage"))],
  ["/disputes", lazy(() => import("../workspaces/casefile/DisputeListPage"))],
  ["/case/:id", lazy(() => import("../workspaces/casefile/CaseFilePage"))],
  ["/documents/:slug/:id", lazy(() => import("../workspaces/documents/DocumentPage"))],
  ...OVERSIGHT_ROUTES,
];

/** The signed-in layout: the role's workspaces in a side menu, who is signed in, and sign-out. */
export function Shell() {
  const { user, signOut } = useSession();
  const path = usePath();
  const menu = menuFor(user.roles);
  const found = ROUTES.map(([pattern, page]) => [match(pattern, path), page] as const).find(([params]) => params);

  useEffect(() => {
    if (!found) navigate(homeOf(user.roles));
  }, [found, user.roles]);

  const selected = menu.filter((entry) => path.startsWith(entry.path)).sort((a, b) => b.path.length - a.path.length)[0];
  const [params, Page] = found ?? [undefined, undefined];

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <a href="#main" className="skip-link">
        跳到主要内容
      </a>
      <Layout.Sider width={208} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: "1px solid #e5e5e5" }}>
        <div style={{ padding: "16px 16px 8px", fontWeight: 600 }}>矛盾纠纷多元化解</div>
        <nav aria-label="工作台">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            items={menu.map((entry) => ({
              key: entry.path,
              label: (
                <a
                  href={`${import.meta.env.BASE_URL.replace(/\/$/, "")}${entry.path}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(entry.path);
                  }}
                >
                  {entry.label}
                </a>
              ),
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: "#fff", padding: "0 24px", borderBottom: "1px solid #e5e5e5", display: "flex", justifyContent: "flex-end" }}
        >
          <Space>
            <Typography.Text aria-label="当前用户">{user.name}</Typography.Text>
            {user.roles.map((role) => (
              <Tag key={role}>{ROLE[role] ?? role}</Tag>
            ))}
            <Button onClick={signOut}>退出登录</Button>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 24 }}>
          <Suspense fallback={<Spin tip="正在加载…" />}>{Page && params ? <Page params={params} /> : null}</Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
