import { seedList } from "../../core/module";
import { principleLinkValues } from "./domain/wire";
import { principleLinksList } from "./lists";
import { PRINCIPLE_MAPPING_SEED } from "./seed/index";

/**
 * What every site starts with: which framework topics and themes each strategy principle reports
 * on, in the strategy's own words (test/unit/maturity-seed-quotes.test.ts proves each quote). The
 * framework itself is not seeded: its text is licensed data that the data lead imports.
 */
export const seed = [seedList(principleLinksList, () => principleLinkValues(PRINCIPLE_MAPPING_SEED))];
