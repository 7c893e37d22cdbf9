import {
  BreakingChangeType,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from "graphql";

/**
 * Deprecation policy (docs/partners.md): a field, argument or enum value partners may use is
 * first marked `@deprecated(reason: "… Deprecated YYYY-MM-DD")` and stays at least this long;
 * only then may it be removed without `--allow-breaking`.
 */
export const DEPRECATION_PERIOD_DAYS = 180;
const DATED = /\bDeprecated (\d{4}-\d{2}-\d{2})\b/;
const DAY_MS = 86_400_000;

/** Every deprecated element of the schema, by coordinate (`Type.field`, `Type.field(arg:)`, `Enum.VALUE`), with its reason. */
export function deprecations(schema: GraphQLSchema): Map<string, string> {
  const found = new Map<string, string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) found.set(`${type.name}.${field.name}`, field.deprecationReason);
        if ("args" in field)
          for (const arg of field.args)
            if (arg.deprecationReason) found.set(`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason);
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) if (value.deprecationReason) found.set(`${type.name}.${value.name}`, value.deprecationReason);
  }
  return found;
}

/** Deprecations whose reason does not say since when, as the policy requires. */
export function undatedDeprecations(schema: GraphQLSchema): string[] {
  return [...deprecations(schema)].filter(([, reason]) => !DATED.test(reason)).map(([coordinate, reason]) => `${coordinate}: "${reason}"`);
}

/** The coordinate a removal names, read from graphql-js's description of it. */
function removedCoordinate(type: BreakingChangeType, description: string): string | undefined {
  if (type === BreakingChangeType.FIELD_REMOVED) return /^(\S+) was removed\.$/.exec(description)?.[1];
  if (type === BreakingChangeType.VALUE_REMOVED_FROM_ENUM) {
    const match = /^(\S+) was removed from enum type (\S+)\.$/.exec(description);
    return match ? `${match[2]}.${match[1]}` : undefined;
  }
  if (type === BreakingChangeType.ARG_REMOVED) {
    const match = /^(\S+) arg (\S+) was removed\.$/.exec(description);
    return match ? `${match[1]}(${match[2]}:)` : undefined;
  }
  return undefined;
}

export interface BreakingReview {
  /** Removals of elements deprecated with a date at least DEPRECATION_PERIOD_DAYS before `today`. */
  allowed: string[];
  /** Everything else that would break a partner's operation, each saying why. */
  refused: string[];
}

/** The breaking changes from `before` to `after`, split by the deprecation policy. */
export function reviewBreakingChanges(before: GraphQLSchema, after: GraphQLSchema, today: Date): BreakingReview {
  const deprecated = deprecations(before);
  const review: BreakingReview = { allowed: [], refused: [] };
  for (const change of findBreakingChanges(before, after)) {
    const coordinate = removedCoordinate(change.type, change.description);
    const reason = coordinate === undefined ? undefined : deprecated.get(coordinate);
    const since = reason ? DATED.exec(reason)?.[1] : undefined;
    if (!since) {
      review.refused.push(`${change.type}: ${change.description}${coordinate ? " (never deprecated with a date)" : ""}`);
      continue;
    }
    const removableFrom = new Date(Date.parse(`${since}T00:00:00Z`) + DEPRECATION_PERIOD_DAYS * DAY_MS);
    if (today >= removableFrom) review.allowed.push(`${change.description} (deprecated ${since})`);
    else
      review.refused.push(
        `${change.type}: ${change.description} (deprecated ${since}; may go from ${removableFrom.toISOString().slice(0, 10)})`,
      );
  }
  return review;
}
