import type { Block, LegalDocument } from "@hub/documents";
import PDFDocument from "pdfkit";
import { cjkFonts } from "./cjk-font";

const MM = 72 / 25.4;
// GB/T 9704 page margins for official documents: top 37 mm, left 28 mm, right 26 mm, bottom 35 mm.
const MARGINS = { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM };
const BODY = 14;
const LINE_GAP = 7;

function writeBlock(doc: PDFKit.PDFDocument, block: Block): void {
  switch (block.kind) {
    case "heading":
      doc.moveDown(0.3).font("bold").fontSize(BODY).text(block.text, { lineGap: LINE_GAP }).font("regular");
      return;
    case "paragraph":
      doc.fontSize(BODY).text(block.text, { indent: BODY * 2, lineGap: LINE_GAP, align: "justify" });
      return;
    case "line":
      doc.fontSize(BODY).text(block.text, { lineGap: LINE_GAP });
      return;
    case "signatures":
      doc.moveDown(1);
      for (const line of block.lines) doc.fontSize(BODY).text(line, { lineGap: LINE_GAP * 2 });
      return;
    case "closing":
      doc.moveDown(1);
      for (const line of block.lines) doc.fontSize(BODY).text(line, { align: "right", lineGap: LINE_GAP });
      return;
  }
}

/** Every page's foot: the record's number, the verification hash and the page number. */
function writeFooters(doc: PDFKit.PDFDocument, document: LegalDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = doc.page.width - MARGINS.left - MARGINS.right;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor("#444444")
      .text(
        `${document.number}\u3000校验码（${document.verification.algorithm}）：${document.verification.hash}`,
        MARGINS.left,
        doc.page.height - 22 * MM,
        {
          width,
          align: "left",
        },
      )
      .text(`第 ${i + 1} 页\u3000共 ${range.count} 页`, MARGINS.left, doc.page.height - 17 * MM, { width, align: "center" });
    doc.page.margins.bottom = bottom;
  }
}

/** The document as an A4 PDF with its CJK font embedded (subset to the glyphs used). */
export function renderPdf(document: LegalDocument): Promise<Buffer> {
  const fonts = cjkFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    info: {
      Title: `${document.title} ${document.number}`,
      Subject: document.number,
      Keywords: `SHA-256:${document.verification.hash}`,
      Creator: "dispute-hub",
    },
    lang: "zh-CN",
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("regular");
  for (const line of document.header) doc.fontSize(18).text(line, { align: "center", lineGap: 4 });
  doc.moveDown(0.3).font("bold").fontSize(22).text(document.title, { align: "center", characterSpacing: 4 }).font("regular");
  doc.moveDown(0.3).fontSize(BODY).text(document.number, { align: "right" }).moveDown(0.8);
  for (const block of document.blocks) writeBlock(doc, block);
  writeFooters(doc, document);
  doc.end();
  return done;
}
