import type { ItemInput } from "../../../manifest/items";
import { type SampleContext, seedList } from "../../core/module";
import { OGL_V3 } from "./domain/metadata";
import { publicationsList } from "./lists";

const DAY_MS = 86_400_000;

/**
 * Local mode's SAMPLE publication, labelled SAMPLE, so the publications list and the catalogue show
 * something on first start. None of it is the council's; provisioning never adds it.
 */
export function samples({ today }: SampleContext) {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = (offset: number) => new Date(startOfToday + offset * DAY_MS).toISOString().slice(0, 10);
  return [
    seedList(publicationsList, (): ItemInput<typeof publicationsList>[] => [
      {
        Title: "SAMPLE: Public toilets",
        PublicationKey: "sample-public-toilets",
        FileName: "sample-public-toilets.csv",
        Description: "SAMPLE for local mode: the public toilets the council looks after, with their opening hours and accessibility. Not the council's data.",
        Identifier: "https://hbc.example/open-data/sample-public-toilets",
        LicenceUri: OGL_V3.uri,
        LicenceTitle: OGL_V3.title,
        Publisher: "Havant Borough Council",
        PeriodStart: day(-90),
        PeriodEnd: day(-1),
        Frequency: "R/P1Y",
        PublishedOn: `${day(-1)}T10:00:00Z`,
        RowCount: 12,
        ChecksSummary: JSON.stringify([
          { id: "schema", status: "passed", total: 0, rows: [] },
          { id: "personal-data", status: "passed", total: 0, rows: [] },
          { id: "small-numbers", status: "passed", total: 0, rows: [] },
        ]),
        FixedChecks: 1,
        OverrideCount: 0,
        Overrides: "[]",
        SuppressedCells: 0,
      },
    ]),
  ];
}
