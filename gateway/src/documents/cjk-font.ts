import { readFileSync } from "node:fs";
import path from "node:path";

// Noto Serif SC (SIL OFL 1.1) as the npm package @expo-google-fonts/noto-serif-sc ships it: one
// TTF per weight with every CJK glyph. pdfkit embeds only the glyphs a document uses.
const PACKAGE = path.dirname(require.resolve("@expo-google-fonts/noto-serif-sc/package.json"));

export const FONT_FILES = {
  regular: path.join(PACKAGE, "400Regular", "NotoSerifSC_400Regular.ttf"),
  bold: path.join(PACKAGE, "700Bold", "NotoSerifSC_700Bold.ttf"),
} as const;

let cached: { regular: Buffer; bold: Buffer } | undefined;

/** Read once, on the first document; 15 MB each, kept for the next. */
export function cjkFonts(): { regular: Buffer; bold: Buffer } {
  cached ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
  return cached;
}
