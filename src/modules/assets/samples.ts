import type { ItemInput } from "../../../manifest/items";
import { type SampleContext, seedList } from "../../core/module";
import { addDays, addMonths, dayOf, dayToWire } from "./domain/dates";
import { assetsList, disposalsList, flowsList, restrictedAssetsList, restrictedFlowsList, reviewsList } from "./lists";

/**
 * Local mode's SAMPLE register, so the map is not empty on first start: assets of the kinds a
 * district council keeps (revenues and benefits, planning, waste, housing, HR, finance), every one
 * named "Sample", in systems named "Sample … system", with generic sample wording. None of it
 * describes Havant Borough Council's real systems, retention schedule or sharing: provisioning never
 * adds it to a real site. Dates are counted from today so reviews and disposals fall due.
 */
type AssetInput = ItemInput<typeof assetsList>;

interface SampleAsset {
  key: string;
  name: string;
  service: string;
  system: string;
  kind: AssetInput["AssetKind"];
  personal: boolean;
  special?: boolean;
  restricted?: boolean;
  retentionMonths: number;
  /** Months before today that the oldest records start. */
  heldFromMonthsAgo: number;
  /** Days from today the next review is due (negative: overdue). */
  reviewDueInDays: number;
  /** Leave the IAM out, so completeness has something to show. */
  noManager?: boolean;
  fields?: { name: string; type: string; description: string; personal?: boolean; term?: string; standard?: string }[];
}

const ASSETS: SampleAsset[] = [
  {
    key: "SAMPLE-RB-01",
    name: "Sample: council tax accounts",
    service: "Revenues and Benefits",
    system: "Sample revenues system",
    kind: "System data",
    personal: true,
    retentionMonths: 72,
    heldFromMonthsAgo: 80,
    reviewDueInDays: -12,
    fields: [
      { name: "account_ref", type: "string", description: "Sample council tax account reference." },
      { name: "uprn", type: "string", description: "The property's Unique Property Reference Number.", standard: "UPRN (Unique Property Reference Number)" },
      { name: "liable_party", type: "string", description: "Name of the person liable.", personal: true },
      { name: "band", type: "string", description: "Valuation band A to H.", term: "Council tax band" },
      { name: "balance", type: "number", description: "Balance in pounds." },
    ],
  },
  {
    key: "SAMPLE-RB-02",
    name: "Sample: benefit and council tax reduction claims",
    service: "Revenues and Benefits",
    system: "Sample revenues system",
    kind: "System data",
    personal: true,
    special: true,
    retentionMonths: 72,
    heldFromMonthsAgo: 60,
    reviewDueInDays: 20,
    fields: [
      { name: "claim_ref", type: "string", description: "Sample claim reference." },
      { name: "claimant_name", type: "string", description: "Claimant's name.", personal: true },
      { name: "ni_number", type: "string", description: "National Insurance number.", personal: true, standard: "National Insurance number format (HMRC)" },
      { name: "received_on", type: "date", description: "Date the claim was received." },
    ],
  },
  {
    key: "SAMPLE-RB-03",
    name: "Sample: fraud investigation case files",
    service: "Revenues and Benefits",
    system: "Sample case management system",
    kind: "Document collection",
    personal: true,
    special: true,
    restricted: true,
    retentionMonths: 84,
    heldFromMonthsAgo: 70,
    reviewDueInDays: 45,
  },
  {
    key: "SAMPLE-PL-01",
    name: "Sample: planning applications",
    service: "Planning",
    system: "Sample planning system",
    kind: "System data",
    personal: true,
    retentionMonths: 180,
    heldFromMonthsAgo: 150,
    reviewDueInDays: -40,
    fields: [
      { name: "application_ref", type: "string", description: "Sample planning application reference." },
      { name: "uprn", type: "string", description: "Site's Unique Property Reference Number.", standard: "UPRN (Unique Property Reference Number)" },
      { name: "applicant_name", type: "string", description: "Applicant's name.", personal: true },
      { name: "decision_date", type: "date", description: "Date of decision." },
    ],
  },
  {
    key: "SAMPLE-PL-02",
    name: "Sample: planning decision notices (paper archive)",
    service: "Planning",
    system: "Sample records store",
    kind: "Paper records",
    personal: false,
    retentionMonths: 240,
    heldFromMonthsAgo: 200,
    reviewDueInDays: 70,
    noManager: true,
  },
  {
    key: "SAMPLE-WS-01",
    name: "Sample: collection rounds",
    service: "Waste and Recycling",
    system: "Sample waste management system",
    kind: "System data",
    personal: false,
    retentionMonths: 24,
    heldFromMonthsAgo: 30,
    reviewDueInDays: 5,
    fields: [
      { name: "round_id", type: "string", description: "Sample round identifier." },
      { name: "uprn", type: "string", description: "Property on the round.", standard: "UPRN (Unique Property Reference Number)" },
      { name: "collection_day", type: "string", description: "Day of collection." },
    ],
  },
  {
    key: "SAMPLE-WS-02",
    name: "Sample: missed bin reports",
    service: "Waste and Recycling",
    system: "Sample customer contact system",
    kind: "System data",
    personal: true,
    retentionMonths: 24,
    heldFromMonthsAgo: 20,
    reviewDueInDays: 60,
  },
  {
    key: "SAMPLE-HO-01",
    name: "Sample: housing register applications",
    service: "Housing",
    system: "Sample housing system",
    kind: "System data",
    personal: true,
    special: true,
    retentionMonths: 72,
    heldFromMonthsAgo: 50,
    reviewDueInDays: -3,
  },
  {
    key: "SAMPLE-HO-02",
    name: "Sample: homelessness casework",
    service: "Housing",
    system: "Sample housing system",
    kind: "Document collection",
    personal: true,
    special: true,
    restricted: true,
    retentionMonths: 72,
    heldFromMonthsAgo: 40,
    reviewDueInDays: 30,
  },
  {
    key: "SAMPLE-HR-01",
    name: "Sample: employee records",
    service: "Human Resources",
    system: "Sample HR and payroll system",
    kind: "System data",
    personal: true,
    special: true,
    restricted: true,
    retentionMonths: 72,
    heldFromMonthsAgo: 90,
    reviewDueInDays: -20,
  },
  {
    key: "SAMPLE-HR-02",
    name: "Sample: payroll",
    service: "Human Resources",
    system: "Sample HR and payroll system",
    kind: "System data",
    personal: true,
    retentionMonths: 72,
    heldFromMonthsAgo: 70,
    reviewDueInDays: 50,
  },
  {
    key: "SAMPLE-FI-01",
    name: "Sample: supplier payments",
    service: "Finance",
    system: "Sample finance system",
    kind: "System data",
    personal: false,
    retentionMonths: 72,
    heldFromMonthsAgo: 68,
    reviewDueInDays: 15,
    fields: [
      { name: "transaction_number", type: "string", description: "Sample transaction number." },
      { name: "payment_date", type: "date", description: "Date paid." },
      { name: "amount", type: "number", description: "Net amount in pounds." },
      { name: "supplier_name", type: "string", description: "Supplier paid." },
    ],
  },
  {
    key: "SAMPLE-FI-02",
    name: "Sample: budget monitoring workbook",
    service: "Finance",
    system: "Sample shared finance folder",
    kind: "Spreadsheet or database",
    personal: false,
    retentionMonths: 36,
    heldFromMonthsAgo: 12,
    reviewDueInDays: 80,
    noManager: true,
  },
];

/** Sample flows: [from key, relationship, to key or outside organisation, method, frequency]. */
const FLOWS: [string, "Feeds" | "Is derived from" | "Is shared with", string, string, string][] = [
  ["SAMPLE-RB-01", "Feeds", "SAMPLE-RB-02", "Shared database or report", "Daily"],
  ["SAMPLE-RB-01", "Feeds", "SAMPLE-FI-01", "Secure file transfer", "Daily"],
  ["SAMPLE-RB-02", "Is shared with", "outside:Sample: a government department", "Secure file transfer", "Monthly"],
  ["SAMPLE-RB-03", "Is derived from", "SAMPLE-RB-02", "Manual re-keying", "On request"],
  ["SAMPLE-PL-01", "Feeds", "SAMPLE-PL-02", "Paper", "On request"],
  ["SAMPLE-PL-01", "Is shared with", "outside:Sample: county council", "Portal upload", "Weekly"],
  ["SAMPLE-WS-02", "Feeds", "SAMPLE-WS-01", "Automated interface", "Real time"],
  ["SAMPLE-HO-01", "Feeds", "SAMPLE-HO-02", "Shared database or report", "Daily"],
  ["SAMPLE-HO-01", "Is derived from", "SAMPLE-RB-01", "Secure file transfer", "Weekly"],
  ["SAMPLE-HR-01", "Feeds", "SAMPLE-HR-02", "Automated interface", "Monthly"],
  ["SAMPLE-HR-02", "Feeds", "SAMPLE-FI-01", "Secure file transfer", "Monthly"],
  ["SAMPLE-HR-02", "Is shared with", "outside:Sample: pension fund administrator", "Secure file transfer", "Monthly"],
  ["SAMPLE-FI-02", "Is derived from", "SAMPLE-FI-01", "Shared database or report", "Monthly"],
];

export function samples({ today, siteUserIdOf }: SampleContext) {
  const day = dayOf(today)!;
  const owner = siteUserIdOf("asset-owner");
  const manager = siteUserIdOf("manager");
  const byKey = new Map(ASSETS.map((a) => [a.key, a]));

  const asset = (a: SampleAsset): AssetInput => {
    const due = addDays(day, a.reviewDueInDays);
    const schema = a.fields
      ? JSON.stringify({
          title: a.name,
          fields: a.fields.map((f) => ({ name: f.name, type: f.type, description: f.description, ...(f.personal ? { "dh:personalData": true } : {}), ...(f.term ? { "dh:glossaryTerm": f.term } : {}), ...(f.standard ? { "dh:standard": f.standard } : {}) })),
        })
      : null;
    return {
      Title: a.name,
      AssetKey: a.key,
      Description: `Sample data for local mode: an example of a ${a.service.toLowerCase()} asset. It does not describe the council's real systems.`,
      AssetKind: a.kind,
      Service: a.service,
      InformationAssetOwnerId: owner,
      InformationAssetManagerId: a.noManager ? null : manager,
      SystemName: a.system,
      AssetFormat: a.kind === "Paper records" ? "Paper" : "Electronic",
      Purposes: a.personal ? "Sample purpose: delivering the service and meeting its statutory duties." : null,
      HoldsPersonalData: a.personal ? "Yes" : "No",
      SpecialCategory: a.personal ? (a.special ? "Yes" : "No") : null,
      CriminalOffenceData: a.personal ? "No" : null,
      LawfulBases: a.personal ? ["Public task", ...(a.kind === "System data" && a.service === "Human Resources" ? (["Contract"] as const) : [])] : [],
      SpecialCategoryCondition: a.special ? "Sample condition: substantial public interest (DPA 2018 Schedule 1), as an example only." : null,
      DataSubjects: a.personal ? "Sample: residents and applicants" : null,
      PersonalDataCategories: a.personal ? "Sample: names, addresses, contact details" : null,
      SharedWith: a.personal ? "Sample: named partners under agreement" : null,
      SharingAgreement: FLOWS.some(([from, , to]) => from === a.key && to.startsWith("outside:")) ? "Sample agreement reference" : null,
      TransfersOutsideUk: a.personal ? "No" : null,
      RetentionPeriod: `Sample: ${a.retentionMonths / 12} years from the record's date`,
      RetentionMonths: a.retentionMonths,
      DisposalAction: "Secure destruction",
      HeldFrom: dayToWire(addMonths(day, -a.heldFromMonthsAgo)),
      SecurityClassification: a.personal ? "OFFICIAL-SENSITIVE" : "OFFICIAL",
      SecurityMeasures: a.personal ? "Sample: role-based access, encryption at rest" : null,
      RopaReference: a.personal ? `SAMPLE-ROPA-${a.key.slice(7)}` : null,
      DpiaReference: a.special ? `SAMPLE-DPIA-${a.key.slice(7)}` : null,
      ReviewFrequency: "Quarterly",
      LastReviewed: dayToWire(addMonths(due, -3)),
      NextReviewDue: dayToWire(due),
      AssetStatus: "Active",
      TableSchema: schema,
      SchemaFieldCount: a.fields?.length ?? 0,
      SchemaSource: a.fields ? "Written by hand" : null,
    };
  };

  const flow = ([from, kind, to, method, frequency]: (typeof FLOWS)[number]) => {
    const outside = to.startsWith("outside:") ? to.slice("outside:".length) : null;
    const other = outside ? null : byKey.get(to)!;
    return {
      restricted: Boolean(byKey.get(from)!.restricted || other?.restricted),
      item: { Title: `${byKey.get(from)!.name} ${kind.toLowerCase()} ${outside ?? other!.name}`, FromAsset: from, FlowKind: kind, ToAsset: outside ? null : to, Recipient: outside, FlowMethod: method, FlowFrequency: frequency } satisfies ItemInput<typeof flowsList>,
    };
  };
  const flows = FLOWS.map(flow);

  const reviewed = ASSETS.filter((a) => a.reviewDueInDays > 0).slice(0, 4);
  return [
    seedList(assetsList, () => ASSETS.filter((a) => !a.restricted).map(asset)),
    seedList<typeof restrictedAssetsList>(restrictedAssetsList, () => ASSETS.filter((a) => a.restricted).map(asset)),
    seedList(flowsList, () => flows.filter((f) => !f.restricted).map((f) => f.item)),
    seedList<typeof restrictedFlowsList>(restrictedFlowsList, () => flows.filter((f) => f.restricted).map((f) => f.item)),
    seedList(reviewsList, () =>
      reviewed.map((a): ItemInput<typeof reviewsList> => {
        const input = asset(a);
        return { Title: a.name, AssetKey: a.key, ReviewOutcome: "Confirmed, no change", ReviewedOn: input.LastReviewed ?? null, DueOn: input.LastReviewed ?? null };
      }),
    ),
    seedList(disposalsList, () => [
      {
        Title: "Sample: payroll",
        AssetKey: "SAMPLE-HR-02",
        DisposedOn: dayToWire(addMonths(day, -2)),
        DisposalMethod: "Secure destruction",
        RecordsDisposed: "Sample: records older than the retention period, as an example of a disposal record.",
        HeldFromAfter: dayToWire(addMonths(day, -70)),
        DueOn: dayToWire(addMonths(day, -3)),
        CertificateReference: "SAMPLE-CERT-1",
      },
    ]),
  ];
}
