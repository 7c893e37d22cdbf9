import { Lexer, Source, TokenKind } from "graphql";

/**
 * Counts the document's lexical tokens as the parser's `maxTokens` does (comments excluded).
 * Stops at the first lexical error: the parser reports that one itself.
 */
export function countTokens(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return count;
  }
  return count;
}
