import { spawn } from "node:child_process";
import path from "node:path";

/** The text PDF.js extracts from `pdf`, as a reader's viewer would copy it. */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "extract-pdf-text.mjs")], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`extract-pdf-text exited ${code}: ${Buffer.concat(err).toString("utf8")}`)),
    );
    child.stdin.end(pdf);
  });
}
