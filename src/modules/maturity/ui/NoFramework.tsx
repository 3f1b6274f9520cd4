import { Link, Text } from "@fluentui/react-components";
import { routeHref } from "../../../core/ui/router";
import { EmptyState } from "../../../core/ui/states";

/** What a site needs before anyone can answer: the framework, which only the data lead imports. */
export function NoFramework({ canManage }: { canManage: boolean }) {
  return (
    <EmptyState title="The framework has not been imported yet">
      <Text as="p">
        Teams answer against the Data Maturity Assessment for Government framework: its 97 rows, each an outcome with five level descriptors. Its text is published under its own licence, so Data Hub does not include it: the data lead imports the framework file once, and again
        whenever a corrected version is published.
      </Text>
      {canManage ? <Link href={routeHref("maturity", ["framework"])}>Import the framework file</Link> : <Text as="p">Ask the data lead to import it.</Text>}
    </EmptyState>
  );
}

