import { lazy, Suspense } from "react";
import type { ModulePageProps } from "../../../core/module";
import { Loading } from "../../../core/ui/states";
import { ResultsView } from "./ResultsView";

// The results page is what most people open; the other screens load when first visited.
const ChangeView = lazy(() => import("./ChangeView"));
const AssessView = lazy(() => import("./AssessView"));
const RoundsView = lazy(() => import("./RoundsView"));
const FrameworkView = lazy(() => import("./FrameworkView"));
const PrinciplesView = lazy(() => import("./PrinciplesView"));
const ActionLinksView = lazy(() => import("./ActionLinksView"));

/** `#/maturity[/change|/assess/<round>/<team>|/rounds|/framework|/principles|/actions]`. */
export default function MaturityPage({ rest, params }: ModulePageProps) {
  const [section, ...more] = rest;
  const page = (() => {
    switch (section) {
      case "change":
        return <ChangeView params={params} />;
      case "assess":
        return <AssessView roundKey={more[0] ?? null} teamKey={more[1] ?? null} params={params} />;
      case "rounds":
        return <RoundsView roundKey={more[0] ?? null} />;
      case "framework":
        return <FrameworkView />;
      case "principles":
        return <PrinciplesView />;
      case "actions":
        return <ActionLinksView />;
      default:
        return <ResultsView params={params} />;
    }
  })();
  return <Suspense fallback={<Loading label="Opening…" />}>{page}</Suspense>;
}
