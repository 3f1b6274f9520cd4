import { Tab, TabList, Text, Title2, makeStyles } from "@fluentui/react-components";
import type { ModulePageProps } from "../../../core/module";
import { navigate, routeHref } from "../../../core/ui/router";
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
const TABS: { id: AssetsTab; label: string }[] = [
  { id: "register", label: "Register" },
  { id: "map", label: "Map" },
  { id: "flows", label: "Flows as a list" },
  { id: "reviews", label: "Reviews and disposals" },
];

// Four tabs do not fit a phone's width in one row: they wrap rather than push the page sideways.
const useTabStyles = makeStyles({ tabs: { flexWrap: "wrap" } });

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
  const tabStyles = useTabStyles();
  if (rest[0] === "new") return <AddAssetPage />;
  if (rest[0]) return <AssetPage assetKey={rest[0]} part={rest[1] ?? ""} />;

  const requested = params.get("tab") as AssetsTab | null;
  const tab: AssetsTab = TABS.some((t) => t.id === requested) ? requested! : "register";
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
      <TabList className={tabStyles.tabs} selectedValue={tab} onTabSelect={(_, d) => navigate(tabHref(d.value as AssetsTab, kept))} aria-label="Data asset views">
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {tab === "register" && <RegisterView filters={filters} />}
      {tab === "map" && <MapView filters={filters} />}
      {tab === "flows" && <FlowsListView filters={filters} />}
      {tab === "reviews" && <ReviewsView />}
    </div>
  );
}
