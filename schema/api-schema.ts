import { Supergraph } from "@apollo/federation-internals";
import type { GraphQLSchema } from "graphql";

/** The schema partners see: the supergraph without federation machinery or @inaccessible parts. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
