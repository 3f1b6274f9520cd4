import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { describeFailure } from "../../../core/data/errors";
import { plural } from "../../../core/domain/format";
import { navigate } from "../../../core/ui/router";
import { useEffect } from "react";
import { useAnnounce } from "../../../core/ui/announcer";
import { measuresHref, useMeasuresStyles } from "./parts";
import { PeriodPicker } from "./PeriodPicker";
import { type MeasuresScreen, quarterOptions } from "./use-measures-screen";

/** The quarter shown, chosen in the address (`?quarter=2026/27 Q1`) so a copied link reopens it. */
export function QuarterChoice({ screen, rest }: { screen: MeasuresScreen; rest: string[] }) {
  return (
    <PeriodPicker
      label="Quarter"
      value={screen.quarter.label}
      options={quarterOptions(screen.current)}
      onChange={(label) => navigate(measuresHref(rest, label === screen.current.label ? undefined : { quarter: label }), { replace: true })}
    />
  );
}

/** What the screen wants the reader to know: a bad address, skipped items, modules that failed, what keeping did. */
export function ScreenNotices({ screen }: { screen: MeasuresScreen }) {
  const styles = useMeasuresStyles();
  const { keeping, data, problem, isCurrent, pendingModules, quarter } = screen;
  const status = keeping.status;
  const live = status.state === "working" || status.state === "done" ? status.message : status.state === "failed" ? `The figures could not be kept: ${describeFailure(status.error).title}.` : "";
  // What keeping did is said once, without moving focus.
  const announce = useAnnounce();
  useEffect(() => {
    if (live) announce(live);
  }, [live, announce]);
  return (
    <>
      {problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {status.state === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {status.state === "failed" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The figures could not be kept this time</MessageBarTitle>
            {describeFailure(status.error).title}. They will be kept the next time you open this page.
          </MessageBarBody>
        </MessageBar>
      )}
      {data && data.skipped > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {plural(data.skipped, "stored value")} did not match {data.skipped === 1 ? "its" : "their"} measure and quarter, so {data.skipped === 1 ? "it is" : "they are"} not shown. The data lead can check the MeasureValues and MeasureSnapshots lists.
          </MessageBarBody>
        </MessageBar>
      )}
      {data?.sourceFailures.map((f) => (
        <MessageBar key={f.moduleId} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{f.moduleTitle}'s figures could not be loaded</MessageBarTitle>
            {describeFailure(f.error).title}. Its measures show what was kept, or are recorded by hand.
          </MessageBarBody>
        </MessageBar>
      ))}
      <Text as="p" className={styles.meta}>
        {isCurrent
          ? pendingModules > 0
            ? `Computing ${quarter.label} so far from the hub's lists…`
            : `${quarter.label} so far, computed now from the hub's lists; earlier quarters as they were kept.`
          : `${quarter.label} as it was kept: figures are kept per quarter, so later edits of the data do not change them.`}
      </Text>
    </>
  );
}

/** The data lead's button to keep this quarter's figures now. */
export function KeepNowButton({ screen }: { screen: MeasuresScreen }) {
  if (!screen.canKeep) return null;
  const working = screen.keeping.status.state === "working";
  return (
    <Button onClick={() => void screen.keeping.keepNow()} disabledFocusable={working || !screen.data}>
      {working ? "Keeping…" : `Keep ${screen.current.label}'s figures now`}
    </Button>
  );
}
