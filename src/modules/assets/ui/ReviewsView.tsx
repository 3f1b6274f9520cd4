import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { plural } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { ASSET_CAPABILITIES } from "../capabilities";
import { type Asset, isOwnAsset } from "../domain/asset";
import { disposalDueOf, disposalsDue, disposalStateOf } from "../domain/disposal";
import { myAssetsDueForReview, overdueReviews, reviewDueOf, reviewStateOf } from "../domain/review";
import { assetHref, DisposalPill, ReviewPill, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

const useStyles = makeStyles({
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

function AssetLine({ asset, action, actionHref, children }: { asset: Asset; action: string; actionHref: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <Link href={actionHref}>
        {action} {asset.name}
      </Link>
      {children}
    </li>
  );
}

/**
 * Quarterly review and disposal: "my assets due for review" for IAOs and IAMs, every overdue review
 * and disposal for the data lead, and disposals falling due from retention periods.
 */
export function ReviewsView() {
  const styles = useStyles();
  const assetStyles = useAssetStyles();
  const { capabilities } = useServices();
  const register = useRegister();
  const { today, me } = register;
  const oversee = capabilities.has(ASSET_CAPABILITIES.oversee);
  const mine = useMemo(() => myAssetsDueForReview(register.assets, me, today), [register.assets, me, today]);
  const overdue = useMemo(() => (oversee ? overdueReviews(register.assets, today) : []), [register.assets, today, oversee]);
  const disposals = useMemo(() => disposalsDue(oversee ? register.assets : register.assets.filter((a) => isOwnAsset(a, me)), today), [register.assets, me, today, oversee]);

  if (register.loading && register.assets.length === 0) return <Loading label="Loading the register…" />;
  if (register.error !== null) return <ErrorState error={register.error} onRetry={register.reload} />;

  return (
    <div className={assetStyles.page}>
      <section className={assetStyles.section} aria-labelledby="due-for-review">
        <h2 id="due-for-review" className={styles.heading}>
          My assets due for review
        </h2>
        <Text className={assetStyles.secondary}>Assets you own or manage whose review is overdue or due in the next 30 days. Reviewing confirms the entry or records what you changed.</Text>
        {mine.length ? (
          <ul className={assetStyles.list} aria-label="My assets due for review">
            {mine.map((a) => (
              <AssetLine key={a.key} asset={a} action="Review" actionHref={assetHref(a.key, "review")}>
                <ReviewPill state={reviewStateOf(a, today)} due={reviewDueOf(a)} />
              </AssetLine>
            ))}
          </ul>
        ) : (
          <Text>{me && register.assets.some((a) => isOwnAsset(a, me)) ? "None of your assets is due for review in the next 30 days." : "You are not named as the owner or manager of any asset."}</Text>
        )}
      </section>

      {oversee && (
        <section className={assetStyles.section} aria-labelledby="overdue-reviews">
          <h2 id="overdue-reviews" className={styles.heading}>
            Overdue reviews, every asset
          </h2>
          <Text className={assetStyles.secondary}>{overdue.length ? `${plural(overdue.length, "asset")} past ${overdue.length === 1 ? "its" : "their"} review date, oldest first.` : "No review is overdue."}</Text>
          {overdue.length > 0 && (
            <ul className={assetStyles.list} aria-label="Overdue reviews">
              {overdue.map((a) => (
                <AssetLine key={a.key} asset={a} action="Open" actionHref={assetHref(a.key)}>
                  <ReviewPill state="overdue" due={reviewDueOf(a)} />
                  <Text size={200}>{[a.owner ? `Owner: ${a.owner.name}` : "No owner named", a.manager ? `Manager: ${a.manager.name}` : null].filter(Boolean).join(" · ")}</Text>
                </AssetLine>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className={assetStyles.section} aria-labelledby="disposals-due">
        <h2 id="disposals-due" className={styles.heading}>
          {oversee ? "Disposals due, every asset" : "Disposals due on my assets"}
        </h2>
        <Text className={assetStyles.secondary}>Where the oldest records held have passed, or within 90 days will pass, the retention period. Record each disposal when it is done.</Text>
        {disposals.length ? (
          <ul className={assetStyles.list} aria-label="Disposals due">
            {disposals.map((a) => (
              <AssetLine key={a.key} asset={a} action="Record disposal for" actionHref={assetHref(a.key, "disposal")}>
                <DisposalPill state={disposalStateOf(a, today)} due={disposalDueOf(a)} />
              </AssetLine>
            ))}
          </ul>
        ) : (
          <Text>No disposal is due.</Text>
        )}
      </section>
    </div>
  );
}
