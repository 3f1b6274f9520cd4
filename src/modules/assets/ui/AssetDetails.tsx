import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { Asset } from "../domain/asset";
import { showDay, useAssetStyles } from "./parts";

const useStyles = makeStyles({ heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold } });

const answer = (value: string | null) => (value === null || value === "" ? "Not recorded" : value);

/** The asset's register entry as a list of terms and values; text from the list is shown as text. */
export function AssetDetails({ asset }: { asset: Asset }) {
  const styles = useStyles();
  const assetStyles = useAssetStyles();
  const personal = asset.personalData === "Yes";
  const rows: [string, string][] = [
    ["Description", answer(asset.description)],
    ["Kind of asset", answer(asset.kind)],
    ["Service", answer(asset.service)],
    ["Information asset owner (IAO)", asset.owner?.name || "Not named"],
    ["Information asset manager (IAM)", asset.manager?.name || "Not named"],
    ["System or location", answer(asset.system)],
    ["Format", answer(asset.format)],
    ["Holds personal data", answer(asset.personalData)],
    ...(personal
      ? ([
          ["Purposes of processing", answer(asset.purposes)],
          ["Lawful basis (Article 6)", asset.lawfulBases.length ? asset.lawfulBases.join(", ") : "Not recorded"],
          ["Special category data", answer(asset.specialCategory)],
          ["Criminal offence data", answer(asset.criminalOffenceData)],
          ...(asset.specialCategory === "Yes" || asset.criminalOffenceData === "Yes" ? ([["Condition (Article 9, Schedule 1)", answer(asset.specialCategoryCondition)]] as [string, string][]) : []),
          ["Categories of data subjects", answer(asset.dataSubjects)],
          ["Categories of personal data", answer(asset.personalDataCategories)],
          ["Shared with", answer(asset.sharedWith)],
          ["Transferred outside the UK", answer(asset.transfersOutsideUk)],
          ...(asset.transfersOutsideUk === "Yes" ? ([["Countries and safeguards", answer(asset.transferSafeguards)]] as [string, string][]) : []),
        ] as [string, string][])
      : []),
    ["Data sharing agreement", answer(asset.sharingAgreement)],
    ["Retention period", answer(asset.retentionPeriod)],
    ["Retention in months", asset.retentionMonths === null ? "Not recorded" : String(asset.retentionMonths)],
    ["Disposal action", answer(asset.disposalAction)],
    ["Oldest records held from", asset.heldFrom ? showDay(asset.heldFrom) : "Not recorded"],
    ["Security classification", answer(asset.securityClassification)],
    ["Security measures", answer(asset.securityMeasures)],
    ["ROPA entry (Information Governance)", answer(asset.ropaReference)],
    ["DPIA (Information Governance)", answer(asset.dpiaReference)],
    ["Review frequency", asset.reviewFrequency],
  ];
  return (
    <section className={assetStyles.section} aria-labelledby="register-entry">
      <h2 id="register-entry" className={styles.heading}>
        Register entry
      </h2>
      <dl className={assetStyles.details}>
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={assetStyles.term}>{term}</dt>
            <dd className={assetStyles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
