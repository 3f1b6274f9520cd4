import type { ItemInput } from "../../../manifest/items";
import { type SampleContext, seedList } from "../../core/module";
import { policyDocumentsList } from "./lists";

const DAY_MS = 86_400_000;

/**
 * Local mode's SAMPLE documents, labelled SAMPLE in their titles and summaries, so the screens have
 * something to read, confirm and review on first start: guidance every member of staff must read,
 * and a standard past its review date. None of it is the council's; provisioning never adds it.
 */
export function samples({ today, siteUserIdOf }: SampleContext) {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = (offset: number) => `${new Date(startOfToday + offset * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`;
  return [
    seedList(policyDocumentsList, (): ItemInput<typeof policyDocumentsList>[] => [
      {
        DocKey: "sample-dictionary-guidance",
        Title: "SAMPLE: Using the data dictionary",
        DocKind: "Guidance",
        PrincipleKey: "data-literacy",
        DocOwnerId: siteUserIdOf("data-lead"),
        DocStatus: "Approved",
        DocVersion: "1.0",
        ReadVersion: 1,
        ChangeSummary: "First version (sample for local mode).",
        ApprovedOn: day(-60),
        NextReview: day(300),
        DocLink: { Url: "https://hbc.example/sites/datahub/SitePages/Sample-dictionary-guidance.aspx", Description: "Sample page (local mode)" },
        Summary: "SAMPLE for local mode: look a term up in the data dictionary before you build a report, and ask its steward when the definition does not fit.",
        MustRead: ["staff"],
      },
      {
        DocKey: "sample-naming-standard",
        Title: "SAMPLE: Naming datasets",
        DocKind: "Standard",
        PrincipleKey: "data-standards",
        DocOwnerId: siteUserIdOf("asset-owner"),
        DocStatus: "Approved",
        DocVersion: "1.0",
        ReadVersion: 1,
        ChangeSummary: "First version (sample for local mode).",
        ApprovedOn: day(-380),
        NextReview: day(-15),
        Summary: "SAMPLE for local mode: how services name the datasets they publish and share. Its review date has passed, so its owner sees it under Reviews.",
        MustRead: ["asset-owner", "manager"],
      },
    ]),
  ];
}
