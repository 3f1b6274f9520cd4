import { type CsvColumn, toCsv } from "../../../core/domain/csv";
import { formatDate } from "../../../core/domain/format";
import type { Asset } from "./asset";
import { completenessOf, DOCUMENTED_FIELD_LABELS } from "./completeness";
import type { Day } from "./dates";
import { disposalDueOf } from "./disposal";
import { reviewDueOf, reviewStateOf } from "./review";

/**
 * The register's two exports, both through the hub's formula-safe CSV: the whole register, and an
 * extract of the Article 30(1) fields for assets holding personal data, to support the Record of
 * Processing Activities that Information Governance keeps. The strategy is clear that the map "is
 * not a Record of Processing Activities (ROPA) or Information Asset Register (IAR)": the extract
 * feeds the ROPA, it does not replace it.
 */
const person = (p: Asset["owner"]) => p?.name ?? "";
const date = (d: Day | null) => (d ? formatDate(`${d}T12:00:00Z`) : "");
const list = (items: readonly string[]) => items.join("; ");

export function registerCsv(assets: readonly Asset[], today: Day): string {
  const columns: CsvColumn<Asset>[] = [
    { header: "Key", value: (a) => a.key },
    { header: "Name", value: (a) => a.name },
    { header: "Description", value: (a) => a.description },
    { header: "Kind of asset", value: (a) => a.kind },
    { header: "Service", value: (a) => a.service },
    { header: "Information asset owner (IAO)", value: (a) => person(a.owner) },
    { header: "Information asset manager (IAM)", value: (a) => person(a.manager) },
    { header: "System or location", value: (a) => a.system },
    { header: "Format", value: (a) => a.format },
    { header: "Restricted", value: (a) => (a.restricted ? "Yes" : "No") },
    { header: "Holds personal data", value: (a) => a.personalData },
    { header: "Special category data", value: (a) => a.specialCategory },
    { header: "Criminal offence data", value: (a) => a.criminalOffenceData },
    { header: "Lawful basis (Article 6)", value: (a) => list(a.lawfulBases) },
    { header: "Special category condition", value: (a) => a.specialCategoryCondition },
    { header: "Categories of data subjects", value: (a) => a.dataSubjects },
    { header: "Categories of personal data", value: (a) => a.personalDataCategories },
    { header: "Shared with", value: (a) => a.sharedWith },
    { header: "Data sharing agreement", value: (a) => a.sharingAgreement },
    { header: "Transferred outside the UK", value: (a) => a.transfersOutsideUk },
    { header: "Countries and safeguards", value: (a) => a.transferSafeguards },
    { header: "Retention period", value: (a) => a.retentionPeriod },
    { header: "Retention in months", value: (a) => a.retentionMonths },
    { header: "Disposal action", value: (a) => a.disposalAction },
    { header: "Oldest records held from", value: (a) => date(a.heldFrom) },
    { header: "Disposal due", value: (a) => date(disposalDueOf(a)) },
    { header: "Security classification", value: (a) => a.securityClassification },
    { header: "Security measures", value: (a) => a.securityMeasures },
    { header: "ROPA entry", value: (a) => a.ropaReference },
    { header: "DPIA", value: (a) => a.dpiaReference },
    { header: "Review frequency", value: (a) => a.reviewFrequency },
    { header: "Last reviewed", value: (a) => date(a.lastReviewed) },
    { header: "Next review due", value: (a) => date(reviewDueOf(a)) },
    { header: "Review", value: (a) => reviewStateOf(a, today) },
    { header: "Documented (%)", value: (a) => completenessOf(a).percent },
    { header: "Still to document", value: (a) => list(completenessOf(a).missing.map((f) => DOCUMENTED_FIELD_LABELS[f])) },
    { header: "Fields in the schema", value: (a) => a.schemaFieldCount },
    { header: "Status", value: (a) => a.status },
  ];
  return toCsv(assets, columns);
}

/** Only assets holding personal data belong in a ROPA; those not yet answered are listed by the register, not here. */
export function ropaAssets(assets: readonly Asset[]): Asset[] {
  return assets.filter((a) => a.personalData === "Yes" && a.status === "Active");
}

/** The Article 30(1) fields (ICO wording), one row per asset holding personal data. */
export function ropaCsv(assets: readonly Asset[]): string {
  const columns: CsvColumn<Asset>[] = [
    { header: "Asset key", value: (a) => a.key },
    { header: "Processing (information asset)", value: (a) => a.name },
    { header: "Service", value: (a) => a.service },
    { header: "Information asset owner", value: (a) => person(a.owner) },
    { header: "Purposes of the processing", value: (a) => a.purposes },
    { header: "Lawful basis (Article 6)", value: (a) => list(a.lawfulBases) },
    { header: "Categories of individuals", value: (a) => a.dataSubjects },
    { header: "Categories of personal data", value: (a) => a.personalDataCategories },
    { header: "Special category data", value: (a) => a.specialCategory },
    { header: "Criminal offence data", value: (a) => a.criminalOffenceData },
    { header: "Condition for special category or criminal offence data (Article 9, DPA 2018 Schedule 1)", value: (a) => a.specialCategoryCondition },
    { header: "Categories of recipients", value: (a) => a.sharedWith },
    { header: "Data sharing agreement", value: (a) => a.sharingAgreement },
    { header: "Transfers to third countries or international organisations", value: (a) => a.transfersOutsideUk },
    { header: "Safeguards for transfers", value: (a) => a.transferSafeguards },
    { header: "Retention schedule", value: (a) => a.retentionPeriod },
    { header: "Disposal action", value: (a) => a.disposalAction },
    { header: "Technical and organisational security measures", value: (a) => a.securityMeasures },
    { header: "Location of personal data (system)", value: (a) => a.system },
    { header: "ROPA entry", value: (a) => a.ropaReference },
    { header: "DPIA", value: (a) => a.dpiaReference },
    { header: "Last reviewed", value: (a) => date(a.lastReviewed) },
  ];
  return toCsv(ropaAssets(assets), columns);
}
