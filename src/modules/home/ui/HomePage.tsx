import { Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense } from "react";
import { ROLE_LABELS } from "../../../core/domain/roles";
import type { ModulePageProps } from "../../../core/module";
import { homeSlotFor } from "../../../core/ui/module-pages";
import { ModuleErrorBoundary } from "../../../core/ui/ModuleErrorBoundary";
import { useModules } from "../../../core/ui/modules-context";
import { useServices } from "../../../core/ui/services";
import { Loading } from "../../../core/ui/states";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** Home: who is signed in, then each module's card (module.ts `home`), in their declared order. */
export default function HomePage(_props: ModulePageProps) {
  const styles = useStyles();
  const { person } = useServices();
  const slots = useModules()
    .filter((m) => m.home)
    .sort((a, b) => a.home!.order - b.home!.order);
  const roles = person.roles.map((r) => ROLE_LABELS[r]).join(", ") || "No Data Hub role yet";
  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          Data Hub
        </Title2>
        <Text as="p" block>
          Signed in as <strong>{person.profile.displayName}</strong>
          {person.profile.department ? ` (${person.profile.department})` : ""}. Your roles: {roles}.
        </Text>
      </div>
      {slots.map((module) => {
        const Slot = homeSlotFor(module);
        return (
          <ModuleErrorBoundary key={module.id} moduleTitle={module.title}>
            <Suspense fallback={<Loading label={`Loading ${module.title}…`} />}>
              <Slot />
            </Suspense>
          </ModuleErrorBoundary>
        );
      })}
    </div>
  );
}
