// The page's three paths under /intake/ (the gateway serves index.html for each).
import { useEffect, useState } from "react";

const BASE = import.meta.env.BASE_URL.replace(/\/$/, "");

interface Location {
  page: string;
  params: URLSearchParams;
}

function current(): Location {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
  return { page: path.replace(/\/$/, "") || "/", params: new URLSearchParams(location.search) };
}

export function href(page: string, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : "";
  return `${BASE}${page}${query ? `?${query}` : ""}`;
}

export function navigate(page: string, params?: Record<string, string>): void {
  history.pushState(null, "", href(page, params));
  dispatchEvent(new PopStateEvent("popstate"));
}

export function usePath(): Location {
  const [at, setAt] = useState(current);
  useEffect(() => {
    const update = () => setAt(current());
    addEventListener("popstate", update);
    return () => removeEventListener("popstate", update);
  }, []);
  return at;
}
