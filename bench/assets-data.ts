/**
 * A synthetic register at the scale for the bench: 2,000 assets (15 schema fields each,
 * 30,000 in all) and 4,000 flows, as list items ready for `tenant.seed`. Deterministic (a seeded
 * generator), clearly labelled BENCH, and shaped like a council's register: most flows stay within a
 * service, some cross to another service, a few leave the council.
 */
const SERVICES = ["Revenues and Benefits", "Planning", "Waste and Recycling", "Housing", "Human Resources", "Finance", "Environmental Health", "Licensing", "Electoral Services", "Customer Services", "Building Control", "Parking", "Community Safety", "Legal", "Democratic Services", "Estates", "Economic Development", "Leisure", "Coastal Management", "Regeneration", "Procurement", "Payroll", "Digital", "Information Governance", "Emergency Planning", "Land Charges", "Street Cleansing", "Grounds Maintenance", "Communications", "Strategy Unit"] as const;
const KINDS = ["System data", "Spreadsheet or database", "Document collection", "Paper records", "Report or dashboard", "Received dataset"] as const;
const TYPES = ["string", "integer", "number", "date", "boolean", "datetime"] as const;
const OUTSIDE = Array.from({ length: 30 }, (_, i) => `Bench partner organisation ${i + 1}`);

function generator(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4_294_967_296;
  };
}

export interface BenchRegister {
  assets: Record<string, unknown>[];
  flows: Record<string, unknown>[];
  schemaFields: number;
}

const pad = (n: number, width = 4) => String(n).padStart(width, "0");

export function benchRegister(options: { assets?: number; flows?: number; fieldsPerAsset?: number; owners: readonly number[]; today: Date }): BenchRegister {
  const total = options.assets ?? 2000;
  const flowCount = options.flows ?? 4000;
  const fieldsPerAsset = options.fieldsPerAsset ?? 15;
  const random = generator(20261125);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const day = (offsetDays: number) => new Date(Date.UTC(options.today.getUTCFullYear(), options.today.getUTCMonth(), options.today.getUTCDate()) + offsetDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");

  const perService = Math.ceil(total / SERVICES.length);
  const assets: Record<string, unknown>[] = [];
  const keysByService: string[][] = SERVICES.map(() => []);
  for (let i = 0; i < total; i++) {
    const serviceIndex = Math.floor(i / perService);
    const service = SERVICES[serviceIndex]!;
    const system = `Bench system ${serviceIndex + 1}.${Math.floor((i % perService) / 10) + 1}`;
    const key = `BENCH-${pad(i + 1)}`;
    keysByService[serviceIndex]!.push(key);
    const personal = random() < 0.6;
    const fields = Array.from({ length: fieldsPerAsset }, (_, f) => ({
      name: `field_${f + 1}`,
      type: pick(TYPES),
      description: `Bench field ${f + 1} of ${key}: what it holds and how it is used.`,
      ...(personal && f < 3 ? { "dh:personalData": true } : {}),
    }));
    assets.push({
      Title: `BENCH asset ${i + 1}: ${service} records`,
      AssetKey: key,
      Description: `Bench data: a synthetic asset of ${service}, for measuring the register and the map at scale. Not a real council system.`,
      AssetKind: pick(KINDS),
      Service: service,
      InformationAssetOwnerId: pick(options.owners),
      InformationAssetManagerId: pick(options.owners),
      SystemName: system,
      AssetFormat: "Electronic",
      Purposes: "Bench purpose: delivering the service and meeting its statutory duties.",
      HoldsPersonalData: personal ? "Yes" : "No",
      SpecialCategory: personal ? (random() < 0.2 ? "Yes" : "No") : null,
      CriminalOffenceData: personal ? "No" : null,
      LawfulBases: personal ? ["Public task"] : [],
      DataSubjects: personal ? "Residents; applicants" : null,
      PersonalDataCategories: personal ? "Names; addresses; contact details" : null,
      SharedWith: personal ? "None outside the council" : null,
      TransfersOutsideUk: personal ? "No" : null,
      RetentionPeriod: "Six years after the end of the financial year",
      RetentionMonths: 72 + Math.floor(random() * 4) * 12,
      DisposalAction: "Secure destruction",
      HeldFrom: day(-Math.floor(random() * 3000)),
      SecurityClassification: personal ? "OFFICIAL-SENSITIVE" : "OFFICIAL",
      SecurityMeasures: personal ? "Role-based access; encrypted at rest" : null,
      RopaReference: personal ? `ROPA-BENCH-${pad(i + 1)}` : null,
      ReviewFrequency: "Quarterly",
      LastReviewed: day(-Math.floor(random() * 120)),
      NextReviewDue: day(-30 + Math.floor(random() * 120)),
      AssetStatus: "Active",
      TableSchema: JSON.stringify({ title: `BENCH asset ${i + 1}`, fields }),
      SchemaFieldCount: fieldsPerAsset,
      SchemaSource: "Written by hand",
    });
  }

  const flows: Record<string, unknown>[] = [];
  const allKeys = keysByService.flat();
  for (let i = 0; i < flowCount; i++) {
    const serviceIndex = Math.floor(random() * SERVICES.length);
    const own = keysByService[serviceIndex]!;
    if (!own.length) continue;
    const from = pick(own);
    const roll = random();
    let to: string | null = null;
    let outside: string | null = null;
    if (roll < 0.75) to = pick(own);
    else if (roll < 0.95) to = pick(allKeys);
    else outside = pick(OUTSIDE);
    if (to === from) to = own[(own.indexOf(from) + 1) % own.length]!;
    flows.push({
      Title: `BENCH flow ${i + 1}`,
      FromAsset: from,
      FlowKind: outside ? "Is shared with" : random() < 0.8 ? "Feeds" : "Is derived from",
      ToAsset: to,
      Recipient: outside,
      FlowMethod: pick(["Automated interface", "Secure file transfer", "Shared database or report"]),
      FlowFrequency: pick(["Daily", "Weekly", "Monthly"]),
    });
  }
  return { assets, flows, schemaFields: total * fieldsPerAsset };
}
