import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** Arguments that bound how many items a list field (or the lists of a connection it returns) yields. */
export const SLICING_ARGUMENTS = ["first", "last", "limit", "take", "pageSize"];

export interface CostOptions {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  /** Assumed size of a list that no slicing argument bounds (a `@listSize(assumedSize)` default). */
  defaultListSize: number;
}

/**
 * Estimates what answering the document costs: every field resolved counts 1, and a list field
 * multiplies what it selects by its size. The size comes from a slicing argument (`first`,
 * `last`, `limit`, …: the literal, the variable's value or default, or the argument's default
 * in the schema); a field that takes one but returns an object (a connection) passes it to the
 * lists directly below it (`nodes`, `edges`); any other list counts `defaultListSize`. Fields
 * the schema does not know count 1 (validation refuses them later). The result is the highest
 * of the document's operations.
 */
export function estimateCost(document: DocumentNode, options: CostOptions): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Per operation: its variables' defaults apply to it alone.
  let variables: Record<string, unknown> = {};
  let memo = new Map<string, number>();
  const walking = new Set<string>();

  const selectionCost = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
    inherited: number | undefined,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, inherited);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? compositeNamed(options.schema, selection.typeCondition.name.value) : parent;
        total += selectionCost(selection.selectionSet, type, inherited);
      } else {
        total += fragmentCost(selection.name.value, inherited);
      }
    }
    return total;
  };

  const fragmentCost = (name: string, inherited: number | undefined): number => {
    const key = `${name}:${inherited ?? ""}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || walking.has(name)) return 0;
    walking.add(name);
    const cost = selectionCost(fragment.selectionSet, compositeNamed(options.schema, fragment.typeCondition.name.value), inherited);
    walking.delete(name);
    memo.set(key, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType | undefined, inherited: number | undefined): number => {
    const field = fieldOf(parent, node.name.value);
    if (!node.selectionSet) return 1;
    const slice = field ? sliceSize(node, field, variables) : undefined;
    const returns = field ? getNullableType(field.type) : undefined;
    const childType = field ? getNamedType(field.type) : undefined;
    const child = childType && isCompositeType(childType) ? childType : undefined;
    if (returns && isListType(returns)) {
      const size = slice ?? inherited ?? options.defaultListSize;
      return 1 + size * selectionCost(node.selectionSet, child, undefined);
    }
    return 1 + selectionCost(node.selectionSet, child, slice);
  };

  let highest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    variables = { ...variableDefaults(definition), ...options.variables };
    memo = new Map();
    highest = Math.max(highest, selectionCost(definition.selectionSet, rootType(options.schema, definition), undefined));
  }
  return highest;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | undefined {
  return schema.getRootType(operation.operation) ?? undefined;
}

function variableDefaults(operation: OperationDefinitionNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const variable of operation.variableDefinitions ?? []) {
    if (variable.defaultValue) defaults[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
  }
  return defaults;
}

function compositeNamed(schema: GraphQLSchema, name: string): GraphQLCompositeType | undefined {
  const type = schema.getType(name);
  return type && isCompositeType(type) ? type : undefined;
}

function fieldOf(parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name];
}

/** The largest slicing argument given (or defaulted) on this field, if it has any. */
function sliceSize(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number | undefined {
  let size: number | undefined;
  for (const argument of field.args) {
    if (!SLICING_ARGUMENTS.includes(argument.name)) continue;
    const value = argumentValue(node, argument, variables);
    if (typeof value === "number" && Number.isFinite(value)) size = Math.max(size ?? 0, value);
    else if (typeof value === "number") size = Number.POSITIVE_INFINITY;
  }
  return size === undefined ? undefined : Math.max(0, size);
}

function argumentValue(node: FieldNode, argument: GraphQLArgument, variables: Record<string, unknown>): unknown {
  const given = node.arguments?.find((candidate) => candidate.name.value === argument.name);
  if (!given) return argument.defaultValue;
  if (given.value.kind === Kind.VARIABLE) {
    const name = given.value.name.value;
    return Object.hasOwn(variables, name) ? variables[name] : argument.defaultValue;
  }
  return valueFromASTUntyped(given.value, variables);
}
