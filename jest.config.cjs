/** Three projects: fast unit tests, integration tests against the local tenant, browser tests in Chromium. */
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" },
      module: { type: "commonjs" },
    },
  ],
};
// @pnp/* ships ES modules only; let SWC compile them to CommonJS for Jest.
const transformIgnorePatterns = ["/node_modules/(?!@pnp/)"];
const common = { transform, transformIgnorePatterns, testEnvironment: "node", setupFiles: ["<rootDir>/test/support/setup-env.ts"] };

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"] },
    { ...common, displayName: "integration", testMatch: ["<rootDir>/test/integration/**/*.test.ts"] },
    { ...common, displayName: "browser", testMatch: ["<rootDir>/test/browser/**/*.test.ts"] },
  ],
};
