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
  {
    // SharePoint gives web parts React 17 and they render the same module pages as the tab, so code
    // shared with them (everything but the tab's own hosts) must not use what React 18 added.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", importNames: ["useId", "useSyncExternalStore", "useTransition", "useDeferredValue", "useInsertionEffect", "startTransition"], message: "React 18 only: the SharePoint web parts run this on React 17." },
            { name: "react-dom/client", message: "React 18 only: the SharePoint web parts run this on React 17 (render in src/hosts/)." },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        ...["useId", "useSyncExternalStore", "useTransition", "useDeferredValue", "useInsertionEffect", "startTransition"].map((property) => ({ object: "React", property, message: "React 18 only: the SharePoint web parts run this on React 17." })),
      ],
    },
  },
);
