import { Alert, Button, Card, List, Space, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { DEPARTMENT, ROLE } from "../labels/zh";
import type { Department } from "../graph/types";
import { issueDemoToken, loadDemoUsers, type ConsoleConfig, type DemoUser } from "./console-config";

interface Props {
  config: Exclude<ConsoleConfig, { mode: "none" }>;
  expired: boolean;
  onToken: (token: string) => boolean;
}

/** Local mode lists the demo users of every department; production redirects to the identity provider. */
export function SignInPage({ config, expired, onToken }: Props) {
  const [users, setUsers] = useState<DemoUser[]>([]);
  const [failed, setFailed] = useState<string>();
  const [busy, setBusy] = useState<string>();

  useEffect(() => {
    if (config.mode === "local") void loadDemoUsers().then(setUsers);
    if (config.mode === "oidc" && location.pathname.endsWith("/signed-in")) {
      void import("./oidc")
        .then(({ completeSignIn }) => completeSignIn(config.oidc))
        .then((token) => (token && onToken(token) ? undefined : setFailed("身份认证未完成，请重新登录")))
        .catch(() => setFailed("身份认证未完成，请重新登录"));
    }
  }, [config, onToken]);

  const signInAs = async (user: DemoUser) => {
    setBusy(user.key);
    const token = await issueDemoToken(user.key);
    setBusy(undefined);
    if (!token || !onToken(token)) setFailed("登录失败，请重试");
  };

  return (
    <main style={{ maxWidth: 760, margin: "48px auto", padding: "0 16px" }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        矛盾纠纷多元化解协同平台
      </Typography.Title>
      <Typography.Paragraph>综治中心 · 司法局 · 人民法院 · 人民检察院</Typography.Paragraph>
      {expired && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title="登录已过期，请重新登录"
          description="您已填写的内容已在本浏览器标签页中保存，重新登录后将恢复。"
        />
      )}
      {failed && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={failed} />}
      {config.mode === "oidc" ? (
        <Card title="登录">
          <Button
            type="primary"
            size="large"
            onClick={() => void import("./oidc").then(({ redirectToProvider }) => redirectToProvider(config.oidc))}
          >
            通过统一身份认证登录
          </Button>
        </Card>
      ) : (
        <Card title="本地演示登录" extra={<Tag color="orange">仅限本地运行</Tag>}>
          <Typography.Paragraph>选择一位演示用户登录（本地身份提供方签发令牌）。</Typography.Paragraph>
          <List
            aria-label="演示用户"
            dataSource={users}
            renderItem={(user) => (
              <List.Item
                actions={[
                  <Button
                    key="in"
                    type="primary"
                    loading={busy === user.key}
                    onClick={() => void signInAs(user)}
                    aria-label={`以${user.name}登录`}
                  >
                    以{user.name}登录
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={user.name}
                  description={
                    <Space wrap>
                      <span>{DEPARTMENT[user.department as Department] ?? user.department}</span>
                      {user.roles.map((role) => (
                        <Tag key={role}>{ROLE[role] ?? role}</Tag>
                      ))}
                      {user.organisationName && <span>{user.organisationName}</span>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </main>
  );
}
