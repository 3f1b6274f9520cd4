// ESLint for Data Hub: TypeScript's recommended rules, React's hook rules, and the project's own
// layer and module boundaries (eslint/layers.js, explained in docs/architecture.md).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import layers from "./eslint/layers.js";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "webparts/", "appPackage/build/", ".tenant-data/", "coverage/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are mistakes, except a deliberate `_name`.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // `a && b()` and `cond ? a() : b()` are fine as statements; a bare expression is not.
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      // A `let` declared before the closures that read it and assigned once later is intended.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // CommonJS by design: Jest's environment file, and tests that must load the web parts' own React 17.
    files: ["**/*.cjs", "test/integration/webparts-package.test.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, layers },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "layers/boundaries": "error",
    },
  },
);
