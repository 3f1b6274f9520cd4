import { Text, Title2 } from "@fluentui/react-components";
import type { ModulePageProps } from "../../../core/module";
import { navigate, routeHref } from "../../../core/ui/router";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { filtersFromParams, filtersToParams } from "../domain/register";
import { AddAssetPage } from "./AddAssetPage";
import { AssetPage } from "./AssetPage";
import { FlowsListView } from "./FlowsListView";
import { MapView } from "./MapView";
import { useAssetStyles } from "./parts";
import { RegisterProvider } from "./register-state";
import { RegisterView } from "./RegisterView";
import { ReviewsView } from "./ReviewsView";

export type AssetsTab = "register" | "map" | "flows" | "reviews";
const TABS: { value: AssetsTab; label: string }[] = [
  { value: "register", label: "Register" },
  { value: "map", label: "Map" },
  { value: "flows", label: "Flows as a list" },
  { value: "reviews", label: "Reviews and disposals" },
];

/** The register's address for a tab, keeping the filters the map and the list share. */
export function tabHref(tab: AssetsTab, params: Record<string, string>): string {
  return routeHref("assets", [], { ...(tab === "register" ? {} : { tab }), ...params });
}

/** Data assets: the register, the map of flows and its list view, reviews and disposals, and each asset. */
export default function AssetsPage({ rest, params }: ModulePageProps) {
  return (
    <RegisterProvider>
      <AssetsRoutes rest={rest} params={params} />
    </RegisterProvider>
  );
}

function AssetsRoutes({ rest, params }: Pick<ModulePageProps, "rest" | "params">) {
  const styles = useAssetStyles();
  if (rest[0] === "new") return <AddAssetPage />;
  if (rest[0]) return <AssetPage assetKey={rest[0]} part={rest[1] ?? ""} />;

  const requested = params.get("tab") as AssetsTab | null;
  const tab: AssetsTab = TABS.some((t) => t.value === requested) ? requested! : "register";
  const filters = filtersFromParams(params);
  const kept = filtersToParams(filters);
  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          Data assets
        </Title2>
        <Text as="p">The data schema/map supporting the Record of Processing Activities (ROPA) and the Information Asset Register (IAR): each asset, its fields, where its data goes, and its quarterly review.</Text>
      </div>
      <ViewTabs label="Data asset views" selected={tab} onSelect={(next) => navigate(tabHref(next, kept))} tabs={TABS} />
      {tab === "register" && <RegisterView filters={filters} />}
      {tab === "map" && <MapView filters={filters} />}
      {tab === "flows" && <FlowsListView filters={filters} />}
      {tab === "reviews" && <ReviewsView />}
    </div>
  );
}
