import { IntakePage } from "./intake/IntakePage";
import { PosterPage } from "./poster/PosterPage";
import { usePath } from "./router";
import { StatusPage } from "./status/StatusPage";

/** Three pages: the form (the QR code's target), the status look-up and the printable poster. */
export function App() {
  const { page, params } = usePath();
  if (page === "/status") return <StatusPage initialCode={params.get("code") ?? ""} />;
  if (page === "/poster") return <PosterPage params={params} />;
  return <IntakePage params={params} />;
}
