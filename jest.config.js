/** Test tiers by suffix: *.test.ts (unit, no database), *.int.test.ts (one subgraph on PostgreSQL), *.e2e.test.ts (gateway over all four). */
const swc = [
  "@swc/jest",
  {
    swcrc: false,
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2022",
      keepClassNames: true,
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  testEnvironmentOptions: { customExportConditions: ["node", "require", "hub-source"] },
  transform: { "^.+\\.(t|j)sx?$": swc },
  testMatch: ["<rootDir>/{gateway,subgraphs,tests,clients,schema}/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  globalSetup: "<rootDir>/tests/setup/global-setup.ts",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.js"],
  testTimeout: 30_000,
  maxWorkers: 2,
};
