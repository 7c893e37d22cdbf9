import { parse } from "graphql";
import { measureDocument } from "./structure";

const nested = (depth: number) => `${"{ a ".repeat(depth)}${"}".repeat(depth)}`;

describe("measureDocument", () => {
  it("counts depth as the deepest field nesting", () => {
    expect(measureDocument(parse("{ a { b { c } } d }")).depth).toBe(3);
    expect(measureDocument(parse("{ a { a { a { a { a { a { b } } } } } } }")).depth).toBe(7);
  });

  it("follows fragment spreads and inline fragments into depth", () => {
    const document = parse(`
      query { a { ...F } }
      fragment F on T { b { ... on U { c { d } } } }
    `);
    expect(measureDocument(document).depth).toBe(4);
  });

  it("stops at a fragment cycle instead of looping", () => {
    const document = parse(`
      query { a { ...F } }
      fragment F on T { b { ...G } }
      fragment G on T { c { ...F } }
    `);
    expect(measureDocument(document).depth).toBe(3);
  });

  it("counts introspection subtrees as depth 1", () => {
    expect(measureDocument(parse("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }")).depth).toBe(1);
  });

  it("counts aliases with each fragment spread expanded, without walking a fragment twice", () => {
    const document = parse(`
      query { x: a { ...F } y: a { ...F } }
      fragment F on T { p: b q: b r: b }
    `);
    expect(measureDocument(document).aliases).toBe(2 + 3 * 2);
  });

  it("counts aliases in a fragment no operation uses", () => {
    const document = parse(`query { a } fragment Unused on T { ${Array.from({ length: 40 }, (_, i) => `x${i}: a`).join(" ")} }`);
    expect(measureDocument(document).aliases).toBe(40);
  });

  it("stays linear on fragments that double at every level", () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on T { ${i + 1 < levels ? `a: f { ...F${i + 1} } b: f { ...F${i + 1} }` : "leaf"} }`,
    );
    const started = Date.now();
    const measured = measureDocument(parse(`query { ...F0 } ${fragments.join(" ")}`));
    expect(Date.now() - started).toBeLessThan(500);
    expect(measured.aliases).toBeGreaterThan(2 ** 39);
  });

  it("counts the root fields of the operation that has the most, fragments merged in", () => {
    const document = parse(`
      query One { a b }
      query Two { a ...R ... on Query { e } }
      fragment R on Query { c d }
    `);
    expect(measureDocument(document).rootFields).toBe(4);
  });

  it("counts directives on fields, fragments, the operation and its variables", () => {
    const document = parse(`
      query Q($v: Boolean @d) @d { a @include(if: $v) { ...F @d } }
      fragment F on T @d { b @skip(if: false) }
    `);
    expect(measureDocument(document).directives).toBe(6);
  });

  it("measures a nested document of the given depth", () => {
    expect(measureDocument(parse(nested(50))).depth).toBe(50);
  });
});
