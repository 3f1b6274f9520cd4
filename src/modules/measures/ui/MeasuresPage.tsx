import { Link, Text } from "@fluentui/react-components";
import { PRINCIPLES } from "../../../core/domain/principles";
import type { ModulePageProps } from "../../../core/module";
import { Overview } from "./Overview";
import { measuresHref } from "./parts";
import { PrinciplePage } from "./PrinciplePage";
import { ReviewLog } from "./ReviewLog";
import { ReviewReport } from "./ReviewReport";

/**
 * The strategy measures: `#/measures` (every principle), `#/measures/<principle>` (one principle's
 * measures), `#/measures/review?period=2026/27` (the strategy review) and `#/measures/log` (the review
 * log). `?quarter=2026/27 Q1` chooses the quarter shown.
 */
export default function MeasuresPage({ rest, params }: ModulePageProps) {
  const [first] = rest;
  if (!first) return <Overview quarterParam={params.get("quarter")} />;
  if (first === "review") return <ReviewReport periodParam={params.get("period")} />;
  if (first === "log") return <ReviewLog />;
  const principle = PRINCIPLES.find((p) => p.key === first);
  if (principle) return <PrinciplePage key={principle.key} principle={principle} quarterParam={params.get("quarter")} focusMeasure={params.get("measure")} />;
  return (
    <Text as="p">
      There is no principle called “{first}”. <Link href={measuresHref([])}>See every principle's measures</Link>.
    </Text>
  );
}
