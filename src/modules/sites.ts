import type { ModuleSite } from "../core/module";
import { actionsSite } from "./actions/site";
import { assetsSite } from "./assets/site";
import { dashboardsSite } from "./dashboards/site";
import { dictionarySite } from "./dictionary/site";
import { focusGroupSite } from "./focus-group/site";
import { kpisSite } from "./kpis/site";
import { maturitySite } from "./maturity/site";
import { measuresSite } from "./measures/site";
import { myWorkSite } from "./my-work/site";
import { openDataSite } from "./open-data/site";
import { policiesSite } from "./policies/site";
import { qualitySite } from "./quality/site";
import { trainingSite } from "./training/site";

/**
 * What every module puts on the Data Hub site, in `MODULES` order: the site declaration
 * (`manifest/site.ts`), provisioning and the local tenant are built from it. The app never imports
 * it (the layers lint says so), so no list declaration is part of the first screen's JavaScript.
 */
export const MODULE_SITES: readonly ModuleSite[] = [myWorkSite, actionsSite, dictionarySite, trainingSite, dashboardsSite, maturitySite, qualitySite, assetsSite, kpisSite, focusGroupSite, policiesSite, openDataSite, measuresSite];
