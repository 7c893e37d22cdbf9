import { createContext, useContext } from "react";
import type { SessionUser } from "../auth/session";

export interface SessionContextValue {
  user: SessionUser;
  signOut: () => void;
}

export const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside a signed-in page");
  return value;
}
