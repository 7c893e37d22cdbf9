/** Asset URLs are relative so the IDE also works behind a proxy that mounts the gateway under a path. */
export const IDE_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>矛盾纠纷化解平台 GraphQL / Dispute hub GraphQL</title>
<link rel="stylesheet" href="ide/graphiql.css">
<style>html, body { margin: 0; height: 100%; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">正在加载… / Loading…</div>
<script src="ide/react.js"></script>
<script src="ide/react-dom.js"></script>
<script src="ide/graphiql.js"></script>
<script src="ide/start.js"></script>
</body>
</html>
`;

/** Kept out of the page so the page's CSP can forbid inline scripts. */
export const IDE_START_SCRIPT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL("graphql", document.baseURI).href });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
`;

/** Only this origin: a page trying to reach a CDN would fail loudly instead of silently. */
export const IDE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");
