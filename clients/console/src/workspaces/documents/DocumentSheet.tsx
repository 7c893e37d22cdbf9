import type { Block, LegalDocument } from "@hub/documents";

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return <h3 className="doc-heading">{block.text}</h3>;
    case "paragraph":
      return <p className="doc-paragraph">{block.text}</p>;
    case "line":
      return <p className="doc-line">{block.text}</p>;
    case "signatures":
      return (
        <div className="doc-signatures">
          {block.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      );
    case "closing":
      return (
        <div className="doc-closing">
          {block.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      );
  }
}

/** One A4 sheet (or more, as the printer breaks it), with the record's number and the hash at its foot. */
export function DocumentSheet({ document }: { document: LegalDocument }) {
  return (
    <article className="doc-sheet" aria-label={`${document.title} ${document.number}`}>
      {document.header.map((line) => (
        <p key={line} className="doc-header">
          {line}
        </p>
      ))}
      <h2 className="doc-title">{document.title}</h2>
      <p className="doc-number" aria-label="文书编号">
        {document.number}
      </p>
      {document.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      <footer className="doc-verification">
        {document.number}
        {"\u3000"}校验码（{document.verification.algorithm}）：<span aria-label="校验码">{document.verification.hash}</span>
      </footer>
    </article>
  );
}
