import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** The shape of one document: what the structural limits are checked against. */
export interface DocumentStructure {
  /** Deepest field nesting of any operation, fragments followed (introspection subtrees count 1). */
  depth: number;
  /** Aliased fields: the most of any operation with its fragments expanded, or of the whole text if more. */
  aliases: number;
  /** Top-level fields of the operation that has the most. */
  rootFields: number;
  /** Directives: the most of any operation with its fragments expanded, or of the whole text if more. */
  directives: number;
}

interface Counts {
  depth: number;
  aliases: number;
  directives: number;
  fields: number;
}

/**
 * Introspection nests `ofType` 8 deep by design; its subtrees do not count towards depth (its
 * lists still count towards cost, and production turns introspection off).
 */
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

const ZERO: Counts = { depth: 0, aliases: 0, directives: 0, fields: 0 };

/**
 * Measures every operation of the document. Fragments are followed once each and their results
 * reused (a fragment spread twice counts twice, without walking it twice); a spread of a
 * fragment that is already being walked (a cycle, which validation refuses later) adds nothing.
 */
export function measureDocument(document: DocumentNode): DocumentStructure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Counts>();
  const walking = new Set<string>();

  const fragmentCounts = (name: string): Counts => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || walking.has(name)) return ZERO;
    walking.add(name);
    const counts = selectionCounts(fragment.selectionSet, true);
    walking.delete(name);
    const withOwn = { ...counts, directives: counts.directives + (fragment.directives?.length ?? 0) };
    memo.set(name, withOwn);
    return withOwn;
  };

  // `fields` counts the fields at this level only (spreads and inline fragments merged in).
  const selectionCounts = (selectionSet: SelectionSetNode, expand: boolean): Counts => {
    const total = { depth: 0, aliases: 0, directives: 0, fields: 0 };
    for (const selection of selectionSet.selections) {
      total.directives += selection.directives?.length ?? 0;
      let inner: Counts;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? selectionCounts(selection.selectionSet, expand) : ZERO;
        const depth = INTROSPECTION_ROOTS.has(selection.name.value) ? 1 : child.depth + 1;
        inner = { depth, aliases: child.aliases + (selection.alias ? 1 : 0), directives: child.directives, fields: 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionCounts(selection.selectionSet, expand);
      } else {
        inner = expand ? fragmentCounts(selection.name.value) : ZERO;
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.directives += inner.directives;
      total.fields += inner.fields;
    }
    return total;
  };

  const structure: DocumentStructure = { depth: 0, aliases: 0, rootFields: 0, directives: 0 };
  // The whole text once, without expanding spreads: covers fragments no operation uses.
  const text = { aliases: 0, directives: 0 };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const own = (definition.directives?.length ?? 0) + variableDirectives(definition);
    const flat = selectionCounts(definition.selectionSet, false);
    text.aliases += flat.aliases;
    text.directives += flat.directives + own;
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const expanded = selectionCounts(definition.selectionSet, true);
    structure.depth = Math.max(structure.depth, expanded.depth);
    structure.aliases = Math.max(structure.aliases, expanded.aliases);
    structure.rootFields = Math.max(structure.rootFields, expanded.fields);
    structure.directives = Math.max(structure.directives, expanded.directives + own);
  }
  structure.aliases = Math.max(structure.aliases, text.aliases);
  structure.directives = Math.max(structure.directives, text.directives);
  return structure;
}

function variableDirectives(definition: DocumentNode["definitions"][number]): number {
  if (definition.kind !== Kind.OPERATION_DEFINITION) return 0;
  return (definition.variableDefinitions ?? []).reduce((sum, variable) => sum + (variable.directives?.length ?? 0), 0);
}
