/**
 * Similarity of two dispute texts that works on Chinese: no word segmentation, just the set of
 * character bigrams of the normalised text (NFKC folds full-width forms; punctuation, symbols
 * and whitespace are dropped, Latin letters lower-cased).
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, "");
}

export function bigrams(text: string): Set<string> {
  const chars = [...normaliseText(text)];
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i += 1) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/**
 * The mean of Jaccard (how much the two texts share overall) and containment (how much of the
 * shorter one the longer repeats), between 0 and 1: a resubmission that retells the facts more
 * briefly still scores high, two long unrelated texts with common legal phrases stay low.
 */
export function textSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const gram of small) if (large.has(gram)) shared += 1;
  const jaccard = shared / (a.size + b.size - shared);
  const containment = shared / small.size;
  return (jaccard + containment) / 2;
}
