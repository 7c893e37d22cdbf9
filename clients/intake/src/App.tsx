import { lazy, Suspense } from "react";
import { IntakePage } from "./intake/IntakePage";
import { usePath } from "./router";
import { StatusPage } from "./status/StatusPage";

// The poster (and its QR encoder) is printed at a desk, never opened from a phone: it loads apart.
const PosterPage = lazy(() => import("./poster/PosterPage"));

/** Three pages: the form (the QR code's target), the status look-up and the printable poster. */
export function App() {
  const { page, params } = usePath();
  if (page === "/status") return <StatusPage initialCode={params.get("code") ?? ""} />;
  if (page === "/poster")
    return (
      <Suspense fallback={<p className="page">正在生成海报…</p>}>
        <PosterPage params={params} />
      </Suspense>
    );
  return <IntakePage params={params} />;
}
