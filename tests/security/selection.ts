import { readFileSync } from "node:fs";
import { getNamedType, isLeafType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { apiSchemaOf } from "../../schema/api-schema";
import { SUPERGRAPH_PATH } from "../support/hub-harness";

let cached: GraphQLSchema | null = null;

/** The graph partners see, from the committed supergraph. */
export function apiSchema(): GraphQLSchema {
  cached ??= apiSchemaOf(readFileSync(SUPERGRAPH_PATH, "utf8"));
  return cached;
}

export function objectType(name: string): GraphQLObjectType {
  const type = apiSchema().getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type of the graph`);
  return type;
}

/**
 * Every field of `typeName` that takes no required argument, leaves in full and objects down to
 * `depth` levels: what a caller can ask of the type, generated from the schema so that a field
 * added later is covered too.
 */
export function everyField(typeName: string, depth: number): string {
  const type = objectType(typeName);
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => arg.type.toString().endsWith("!") && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) parts.push(`${field.name} { ${everyField(named.name, depth - 1)} }`);
  }
  if (!parts.length) parts.push("__typename");
  return parts.join(" ");
}
