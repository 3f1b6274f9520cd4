import type { StrategyFinding } from "../domain/findings";
import type { PrincipleMapping } from "../domain/principles";
import findingsFile from "./strategy-findings.json";
import mappingFile from "./principle-mapping.json";

/**
 * Seeds quoted from the strategy (test/unit/maturity-seed-quotes.test.ts proves every quote).
 * The framework itself is not here: it is attributed data under its own licence, imported from a
 * file (local mode and tests: FRAMEWORK_FILE_FROM_REPO_ROOT).
 */
export const PRINCIPLE_MAPPING_SEED: PrincipleMapping = mappingFile as PrincipleMapping;
export const STRATEGY_FINDINGS: readonly StrategyFinding[] = findingsFile.findings as StrategyFinding[];

/** Where local mode and the tests find the framework file, relative to the repository's root. */
export const FRAMEWORK_FILE_FROM_REPO_ROOT = "../shared/reference/dma/framework.json";
/** Set to point local mode and the tests at another copy of the framework file. */
export const FRAMEWORK_FILE_ENV = "DATAHUB_DMA_FRAMEWORK";
