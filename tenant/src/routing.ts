import type { ApiResponse } from "./http-types";

/**
 * One entry of an API's route table: the methods it serves on a path pattern, and its handler.
 * Every handler of an API has the same signature, `(call) => response`; what the pattern captured
 * is in `call.params`. An API grows by adding rows, never by adding branches.
 */
export interface Route<Call> {
  readonly methods: readonly string[];
  /** Matched against the whole path (case-insensitively); named groups become `params`. */
  readonly pattern: RegExp;
  /** What the route serves, in words, for "not supported" answers: "a list's fields". */
  readonly resource: string;
  readonly handle: (call: Call) => ApiResponse | Promise<ApiResponse>;
}

export type Params = Readonly<Record<string, string | undefined>>;

export type RouteMatch<Call> =
  | { readonly kind: "found"; readonly route: Route<Call>; readonly params: Params }
  /** The path is served, but not with this method. */
  | { readonly kind: "method-not-served"; readonly resource: string; readonly methods: readonly string[] }
  | { readonly kind: "none" };

export function route<Call>(methods: string | readonly string[], pattern: RegExp, resource: string, handle: Route<Call>["handle"]): Route<Call> {
  return { methods: typeof methods === "string" ? [methods] : methods, pattern, resource, handle };
}

/** The first route whose pattern and method match; else whether the path is known with other methods. */
export function matchRoute<Call>(routes: readonly Route<Call>[], method: string, path: string): RouteMatch<Call> {
  let known: Route<Call> | undefined;
  for (const candidate of routes) {
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    if (candidate.methods.includes(method)) return { kind: "found", route: candidate, params: { ...match.groups } };
    known ??= candidate;
  }
  if (!known) return { kind: "none" };
  const methods = routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods);
  return { kind: "method-not-served", resource: known.resource, methods: [...new Set(methods)] };
}
