import { DocumentNotReady, DOCUMENT_TITLES, documentTypeOfSlug, loadDocument, type LegalDocument } from "@hub/documents";
import { Alert, Button, Space, Spin } from "antd";
import { useEffect, useState } from "react";
import { storedSession } from "../../auth/session";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { graph } from "../../graph/client";
import { GraphRefusal, type Problem } from "../../graph/refusal";
import { DocumentSheet } from "./DocumentSheet";
import "./print.css";

type State = { document: LegalDocument } | { problems: Problem[] } | { notReady: string } | undefined;

/** A printed document as an A4 page: the same text, and the same hash, as the gateway's PDF. */
export default function DocumentPage({ params }: { params: Record<string, string> }) {
  const type = documentTypeOfSlug(params.slug ?? "");
  const id = params.id ?? "";
  const [state, setState] = useState<State>();
  const [downloading, setDownloading] = useState(false);

  useEffect(() => {
    if (!type) return;
    setState(undefined);
    loadDocument(type, id, (document, variables) => graph(document, variables)).then(
      (document) => setState({ document }),
      (error: unknown) => {
        if (error instanceof DocumentNotReady) setState({ notReady: error.zh });
        else if (error instanceof GraphRefusal) setState({ problems: error.problems });
        else setState({ notReady: "文书暂时无法生成，请稍后再试" });
      },
    );
  }, [type, id]);

  if (!type) return <Alert type="warning" showIcon title="没有这种文书" />;
  if (!state) return <Spin tip="正在生成文书…" />;
  if ("problems" in state) return <RefusalAlert problems={state.problems} />;
  if ("notReady" in state) return <Alert type="warning" showIcon role="alert" title={state.notReady} />;

  async function downloadPdf() {
    setDownloading(true);
    try {
      const token = storedSession()?.token;
      const response = await fetch(`/documents/${params.slug ?? ""}/${encodeURIComponent(id)}.pdf`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(window.document.createElement("a"), {
        href: url,
        download: `${state && "document" in state ? `${state.document.title}-${state.document.number}` : "文书"}.pdf`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <div className="document-page">
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => print()}>
          打印{DOCUMENT_TITLES[type]}
        </Button>
        <Button onClick={() => void downloadPdf()} loading={downloading}>
          下载 PDF
        </Button>
      </Space>
      <DocumentSheet document={state.document} />
    </div>
  );
}
