import { seedList } from "../../core/module";
import { returnColumns, stageItemColumns } from "./domain/return-records";
import { reportingReturnsList, reportingStagesList } from "./lists";
import { SEEDED_RETURNS } from "./seed/returns";

/**
 * The reporting calendar every site starts with: real returns and publications of an English
 * district council, from the reference note, each with its sources and its deadline rules (stages
 * whose dates the note does not confirm are flagged "check the date"). Owners are the council's to
 * set. KPIs are not seeded: they are the council's own (local mode adds clearly labelled samples).
 */
export const seed = [
  seedList(reportingReturnsList, () => SEEDED_RETURNS.map((r) => returnColumns(r))),
  seedList(reportingStagesList, () => SEEDED_RETURNS.flatMap((r) => r.stages.map((stage, order) => stageItemColumns(r.key, stage, order)))),
];
