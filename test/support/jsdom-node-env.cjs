// A jsdom test environment with what jsdom lacks and the app's clients need, taken from Node
// (toolchain.md: fetch, TextEncoder, structuredClone, crypto.subtle; never BroadcastChannel, which MSAL
// would open and keep Jest from exiting), plus no-op ResizeObserver and matchMedia for Fluent v9 and
// the virtualised table. Used by test/integration/webparts-package.test.ts to render web parts.
const { TestEnvironment } = require("jest-environment-jsdom");

const FROM_NODE = ["fetch", "Request", "Response", "Headers", "FormData", "Blob", "TextEncoder", "TextDecoder", "structuredClone", "AbortController", "AbortSignal", "ReadableStream"];

class JsdomWithNode extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const win = this.global;
    for (const name of FROM_NODE) win[name] = globalThis[name];
    if (!win.crypto?.subtle) Object.defineProperty(win, "crypto", { value: globalThis.crypto, configurable: true });
    win.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    win.matchMedia ??= (query) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false });
  }
}

module.exports = JsdomWithNode;
