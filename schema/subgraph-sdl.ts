import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Kind, parse, type DocumentNode, type GraphQLSchema } from "graphql";

/** A reason schema:print stops, naming the subgraph at fault. */
export class PrintError extends Error {}

/** The department's `buildSchema` (its `src/department.ts`), run; any failure names the department. */
export async function buildSubgraph(root: string, name: string): Promise<GraphQLSchema> {
  const file = path.join(root, "subgraphs", name, "src", "department");
  let department: { buildSchema?: () => Promise<GraphQLSchema> };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the registry, not this file, names the departments
    department = require(file) as typeof department;
  } catch (error) {
    throw new PrintError(`subgraph ${name}: cannot load subgraphs/${name}/src/department.ts: ${(error as Error).message}`);
  }
  if (typeof department.buildSchema !== "function") {
    throw new PrintError(`subgraph ${name}: subgraphs/${name}/src/department.ts exports no buildSchema`);
  }
  try {
    return await department.buildSchema();
  } catch (error) {
    throw new PrintError(`subgraph ${name}: its schema does not build: ${(error as Error).message}`);
  }
}

/** The object types a subgraph adds fields to (federation's own `_Service` and `_Entity` aside). */
export function contributedTypes(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    !definition.name.value.startsWith("_") &&
    (definition.fields?.length ?? 0) > 0
      ? [definition.name.value]
      : [],
  );
}

/** The printed SDL parsed; an empty one, or one adding no field anywhere, would compose silently and is refused. */
export function typeDefsOf(name: string, sdl: string): DocumentNode {
  const typeDefs = sdl.trim() ? parse(sdl) : null;
  if (!typeDefs || contributedTypes(typeDefs).length === 0) {
    throw new PrintError(`subgraph ${name}: printed an empty SDL (no type with a field): are its resolvers and types in its schema?`);
  }
  return typeDefs;
}

/**
 * The supergraph as last committed (git HEAD), or null when no commit has one yet; outside a git
 * checkout, the file on disk.
 */
export async function committedSupergraph(root: string, file: string): Promise<string | null> {
  const relative = path.relative(root, file).split(path.sep).join("/");
  try {
    return execFileSync("git", ["show", `HEAD:${relative}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    if (/exists on disk, but not in|does not exist in|bad revision|invalid object name|unknown revision/i.test(stderr)) return null;
    console.warn(`schema: not in a git checkout (${stderr.trim() || (error as Error).message}); comparing against the file on disk`);
    return (await readFile(file, "utf8").catch(() => "")) || null;
  }
}
