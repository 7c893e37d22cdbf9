import { Result, Spin } from "antd";
import { useCallback, useEffect, useState } from "react";
import { loadConsoleConfig, type ConsoleConfig } from "../auth/console-config";
import { rememberReturnTo, takeReturnTo } from "../auth/return-to";
import { forgetToken, storedSession, storeToken, type Session } from "../auth/session";
import { SignInPage } from "../auth/SignInPage";
import { clearAllDrafts } from "../forms/drafts";
import { configureGraphClient } from "../graph/client";
import { Shell } from "../layout/Shell";
import { currentPath, navigate } from "./router";
import { SessionContext } from "./session-context";
import { homeOf } from "./workspaces";

export function App() {
  const [config, setConfig] = useState<ConsoleConfig>();
  const [session, setSession] = useState<Session | undefined>(() => storedSession());
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    void loadConsoleConfig().then(setConfig, () => setConfig({ mode: "none" }));
  }, []);

  // The session ends when the token does, or when the graph refuses it: back to sign-in, with
  // the page remembered and every draft kept.
  const expire = useCallback(() => {
    rememberReturnTo(currentPath());
    forgetToken();
    setSession(undefined);
    setExpired(true);
  }, []);

  // Set while rendering, not in an effect: the pages' own effects (which run first) already query the graph.
  configureGraphClient({ token: () => storedSession()?.token, onUnauthenticated: expire });

  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(expire, Math.max(0, session.user.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session, expire]);

  const signedIn = useCallback((token: string) => {
    const next = storeToken(token);
    if (!next) return false;
    setExpired(false);
    setSession(next);
    const back = takeReturnTo();
    navigate(back && back !== "/" && !back.startsWith("/signed-in") ? back : homeOf(next.user.roles));
    return true;
  }, []);

  const signOut = useCallback(() => {
    forgetToken();
    clearAllDrafts();
    setSession(undefined);
    setExpired(false);
    navigate("/");
    if (config?.mode === "oidc") void import("../auth/oidc").then(({ signOutAtProvider }) => signOutAtProvider(config.oidc));
  }, [config]);

  if (!config) return <Spin fullscreen tip="正在加载…" />;
  if (!session) {
    if (config.mode === "none")
      return (
        <Result
          status="warning"
          title="本部署未配置登录方式"
          subTitle="请管理员设置 HUB_CONSOLE_OIDC_AUTHORITY 与 HUB_CONSOLE_OIDC_CLIENT_ID。"
        />
      );
    return <SignInPage config={config} expired={expired} onToken={signedIn} />;
  }
  return (
    <SessionContext.Provider value={{ user: session.user, signOut }}>
      <Shell />
    </SessionContext.Provider>
  );
}
