import { readFileSync } from "node:fs";
import { DEPLOYMENT_DOC, renderConfigTables, SECRET_VARIABLES, withFreshTables } from "../../scripts/config-table";

describe("docs/deployment.md's configuration tables", () => {
  const document = readFileSync(DEPLOYMENT_DOC, "utf8");

  it("are the ones the validated env schemas give (run `npm run docs:config` after changing a schema)", () => {
    expect(document).toBe(withFreshTables(document));
  });

  it("list the variables that must be set, and mark every credential secret", () => {
    const tables = renderConfigTables();
    expect(tables).toContain("| `HUB_GATEWAY_SECRET` | yes | — | **secret** |");
    expect(tables).toContain("| `HUB_JWT_ISSUER` | yes | — | no |");
    expect(tables).toMatch(/\| `HUB_GATEWAY_URL` \| no \| `http:\/\/127\.0\.0\.1:4000\/graphql` \| no \|/);
    for (const name of SECRET_VARIABLES) expect(tables).toContain(`| \`${name}\` |`);
  });
});

describe("docs/operations.md", () => {
  it("shows the alert rules and the dashboard exactly as the files under docs/ hold them", () => {
    const operations = readFileSync(DEPLOYMENT_DOC.replace("deployment.md", "operations.md"), "utf8");
    for (const file of ["prometheus-alerts.yml", "grafana-dashboard.json"]) {
      expect(operations).toContain(readFileSync(DEPLOYMENT_DOC.replace("deployment.md", file), "utf8"));
    }
  });
});
