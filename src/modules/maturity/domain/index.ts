/** The maturity module's pure domain: what the data layer and the screens call. */
export * from "./keys";
export * from "./levels";
export * from "./framework";
export * from "./framework-import";
export * from "./framework-reimport";
export * from "./statistics";
export * from "./answers";
export * from "./rounds";
export * from "./progress";
export * from "./principles";
export * from "./findings";
export * from "./results";
export * from "./change";
export * from "./export";
