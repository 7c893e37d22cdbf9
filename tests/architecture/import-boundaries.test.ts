import { readFileSync } from "node:fs";
import path from "node:path";
import { DEPARTMENT_REGISTRY } from "@hub/contract";
import { hubPackageOf, importsOf, ROOT, sourceFiles } from "./import-boundaries";

/** Every workspace of the hub, by folder. */
const FOLDERS: Record<string, string> = {
  ...Object.fromEntries(DEPARTMENT_REGISTRY.map((entry) => [`subgraphs/${entry.name}`, entry.package])),
  "subgraphs/kit": "@hub/subgraph-kit",
  "subgraphs/contract": "@hub/contract",
  gateway: "@hub/gateway",
  schema: "@hub/schema",
  "clients/sdk": "@hub/sdk",
  "clients/console": "@hub/console",
  "clients/documents": "@hub/documents",
  "clients/intake": "@hub/intake",
  tests: "@hub/tests",
};
const packageJson = (folder: string) =>
  JSON.parse(readFileSync(path.join(ROOT, folder, "package.json"), "utf8")) as { dependencies?: Record<string, string> };

describe("import boundaries", () => {
  describe.each(DEPARTMENT_REGISTRY.map((entry) => [entry.name, entry.package] as const))("the %s department", (name, own) => {
    const others: string[] = DEPARTMENT_REGISTRY.filter((entry) => entry.name !== name).map((entry) => entry.package);

    it("imports no other department, by package or by path", () => {
      const crossings = sourceFiles(`subgraphs/${name}`)
        .flatMap(importsOf)
        .filter((found) => others.includes(hubPackageOf(found.target, FOLDERS) ?? ""))
        .map((found) => `${found.file} imports ${found.specifier}`);
      expect(crossings).toEqual([]);
    });

    it("depends on no other department in its package.json", () => {
      expect(Object.keys(packageJson(`subgraphs/${name}`).dependencies ?? {}).filter((dep) => others.includes(dep))).toEqual([]);
      expect(own).toBe(`@hub/${name}`);
    });
  });

  it("the kit imports no department", () => {
    const departments: string[] = DEPARTMENT_REGISTRY.map((entry) => entry.package);
    const crossings = sourceFiles("subgraphs/kit")
      .flatMap(importsOf)
      .filter((found) => departments.includes(hubPackageOf(found.target, FOLDERS) ?? ""))
      .map((found) => `${found.file} imports ${found.specifier}`);
    expect(crossings).toEqual([]);
  });

  /** What the gateway may use of the hub: the contract, and the clients whose pages and documents it serves (no subgraph code). */
  const GATEWAY_MAY_USE = ["@hub/gateway", "@hub/contract", "@hub/documents", "@hub/sdk"];

  it("the gateway's code imports of the hub's packages only the contract (and the clients it serves), no subgraph or kit", () => {
    const shipped = sourceFiles("gateway/src").filter((file) => !file.endsWith(".test.ts"));
    const crossings = shipped
      .flatMap(importsOf)
      .filter((found) => {
        const hub = hubPackageOf(found.target, FOLDERS);
        return hub !== null && !GATEWAY_MAY_USE.includes(hub);
      })
      .map((found) => `${found.file} imports ${found.specifier}`);
    expect(shipped.length).toBeGreaterThan(10);
    expect(crossings).toEqual([]);
  });

  it("the gateway's tests reach no subgraph or kit (they may drive the SDK, a client of the gateway)", () => {
    const tests = [...sourceFiles("gateway/src").filter((file) => file.endsWith(".test.ts")), ...sourceFiles("gateway/test")];
    const crossings = tests
      .flatMap(importsOf)
      .filter((found) => {
        const hub = hubPackageOf(found.target, FOLDERS);
        return hub !== null && !["@hub/gateway", "@hub/contract", "@hub/sdk"].includes(hub);
      })
      .map((found) => `${found.file} imports ${found.specifier}`);
    expect(crossings).toEqual([]);
  });

  it("the gateway depends on no subgraph runtime: no department or kit, and neither type-graphql, pg nor Prisma", () => {
    const dependencies = Object.keys(packageJson("gateway").dependencies ?? {});
    expect(dependencies.filter((dep) => dep.startsWith("@hub/") && !GATEWAY_MAY_USE.includes(dep))).toEqual([]);
    expect(dependencies).toContain("@hub/contract");
    expect(dependencies.filter((dep) => /^(type-graphql|pg|@prisma\/.*|prisma)$/.test(dep))).toEqual([]);
  });

  it("the contract has no runtime dependency: no package.json dependencies, and only node: built-ins or its own files imported", () => {
    expect(packageJson("subgraphs/contract").dependencies ?? {}).toEqual({});
    const outside = sourceFiles("subgraphs/contract/src")
      .filter((file) => !file.endsWith(".test.ts"))
      .flatMap(importsOf)
      .filter((found) => !found.specifier.startsWith("node:") && !found.target.startsWith("subgraphs/contract/"))
      .map((found) => `${found.file} imports ${found.specifier}`);
    expect(outside).toEqual([]);
  });

  it("catches a crossing when there is one (the scanner reads relative paths and package names)", () => {
    expect(hubPackageOf(path.relative(ROOT, path.resolve(ROOT, "subgraphs/court/src", "../../justice/src/db")), FOLDERS)).toBe(
      "@hub/justice",
    );
    expect(hubPackageOf("@hub/subgraph-kit/actor", FOLDERS)).toBe("@hub/subgraph-kit");
    expect(hubPackageOf("graphql", FOLDERS)).toBeNull();
  });
});
