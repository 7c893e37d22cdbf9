import { existsSync } from "node:fs";
import path from "node:path";

/** A browser asset served from an installed package, never from a CDN: target networks are offline. */
export interface IdeAsset {
  route: string;
  file: string;
}

function packageDir(name: string): string {
  // react and react-dom do not export their UMD files, but every package exports package.json.
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** Locates GraphiQL and React's browser builds; throws at start-up if any is missing. */
export function resolveIdeAssets(): IdeAsset[] {
  const assets: IdeAsset[] = [
    { route: "react.js", file: path.join(packageDir("react"), "umd/react.production.min.js") },
    { route: "react-dom.js", file: path.join(packageDir("react-dom"), "umd/react-dom.production.min.js") },
    { route: "graphiql.js", file: path.join(packageDir("graphiql"), "graphiql.min.js") },
    { route: "graphiql.css", file: path.join(packageDir("graphiql"), "graphiql.min.css") },
  ];
  for (const asset of assets) {
    if (!existsSync(asset.file)) throw new Error(`GraphQL IDE asset is missing: ${asset.file}`);
  }
  return assets;
}
