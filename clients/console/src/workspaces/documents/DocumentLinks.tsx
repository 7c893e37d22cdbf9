import { DOCUMENT_SLUGS, DOCUMENT_TITLES, type DocumentType } from "@hub/documents";
import { Space, Typography } from "antd";
import { navigate } from "../../app/router";

/** Links to the printable documents a record has at its stage (each opens the print page). */
export function DocumentLinks({ documents }: { documents: { type: DocumentType; id: string; ready: boolean }[] }) {
  const ready = documents.filter((document) => document.ready);
  if (!ready.length) return null;
  return (
    <Space style={{ marginBottom: 16 }} wrap>
      <Typography.Text strong>打印文书：</Typography.Text>
      {ready.map(({ type, id }) => {
        const path = `/documents/${DOCUMENT_SLUGS[type]}/${id}`;
        return (
          <a
            key={type}
            href={`${import.meta.env.BASE_URL.replace(/\/$/, "")}${path}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(path);
            }}
          >
            {DOCUMENT_TITLES[type]}
          </a>
        );
      })}
    </Space>
  );
}
