import { Badge, Button, Card, Link, SearchBox, Select, Text, Title2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Add20Regular, DataUsage20Regular } from "@fluentui/react-icons";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState } from "../../../core/ui/states";
import { plural } from "../../../core/domain/format";
import { departmentsOf, groupByDepartment } from "../domain/catalogue";
import { type Dashboard, embeddable } from "../domain/dashboard";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "14rem" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginLeft: "auto", flexWrap: "wrap" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupHeading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingHorizontalM, gridTemplateColumns: "repeat(auto-fill, minmax(18rem, 1fr))" },
  card: { height: "100%" },
  meta: { color: tokens.colorNeutralForeground2 },
  status: { color: tokens.colorNeutralForeground2 },
});

export interface CatalogueProps {
  dashboards: Dashboard[];
  params: URLSearchParams;
  canManage: boolean;
}

/** The dashboard catalogue by department, the viewer's own department first. */
export function Catalogue({ dashboards, params, canManage }: CatalogueProps) {
  const styles = useStyles();
  const { person } = useServices();
  const myDepartment = person.profile.department;
  const department = params.get("department") ?? "";
  const search = params.get("q") ?? "";
  const groups = groupByDepartment(dashboards, myDepartment, { department: department || null, search, includeInactive: canManage });
  const shown = groups.reduce((n, g) => n + g.dashboards.length, 0);
  const departments = departmentsOf(dashboards);

  const setParam = (name: string, value: string) => {
    const next: Record<string, string> = Object.fromEntries(params.entries());
    if (value) next[name] = value;
    else delete next[name];
    navigate(routeHref("dashboards", [], next), { replace: true });
  };

  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          Dashboards
        </Title2>
        <Text as="p">Power BI reports for each department. They open with your own Power BI account, so you see what Power BI lets you see.</Text>
      </div>
      <div className={styles.toolbar}>
        <div className={styles.field}>
          <label htmlFor="dashboards-search">Find a dashboard</label>
          <SearchBox id="dashboards-search" value={search} onChange={(_, data) => setParam("q", data.value)} />
        </div>
        <div className={styles.field}>
          <label htmlFor="dashboards-department">Department</label>
          <Select id="dashboards-department" value={department} onChange={(_, data) => setParam("department", data.value)}>
            <option value="">All departments</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </div>
        {canManage && (
          <div className={styles.actions}>
            <Button icon={<Add20Regular />} onClick={() => navigate(routeHref("dashboards", ["new"]))}>
              Add a dashboard
            </Button>
            <Button icon={<DataUsage20Regular />} onClick={() => navigate(routeHref("dashboards", ["usage"]))}>
              How dashboards are used
            </Button>
          </div>
        )}
      </div>
      <Text role="status" aria-live="polite" className={styles.status}>
        {`Showing ${plural(shown, "dashboard")}`}
      </Text>
      {groups.length === 0 && (
        <EmptyState title={dashboards.length === 0 ? "No dashboards yet" : "No dashboards match"}>
          <Text>{dashboards.length === 0 ? "The data lead adds dashboards to the catalogue." : "Try another department or clear the search."}</Text>
        </EmptyState>
      )}
      {groups.map((group) => {
        const headingId = `dashboards-group-${group.label.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}`;
        return (
          <section key={group.label} className={styles.group} aria-labelledby={headingId}>
            <Title3 as="h2" id={headingId} className={styles.groupHeading}>
              {group.label}
              {group.mine && (
                <Badge appearance="tint" color="brand">
                  Your department
                </Badge>
              )}
            </Title3>
            <ul className={styles.list}>
              {group.dashboards.map((d) => (
                <li key={d.id}>
                  <Card className={styles.card}>
                    <Link href={routeHref("dashboards", [String(d.id)])}>{d.title}</Link>
                    {d.description && <Text>{d.description}</Text>}
                    <Text size={200} className={styles.meta}>
                      {[d.audience.length ? `For: ${d.audience.join(", ")}` : null, d.ownerName ? `Owner: ${d.ownerName}` : null].filter(Boolean).join(" · ")}
                    </Text>
                    {(!d.active || !embeddable(d)) && (
                      <div>
                        {!d.active && <Badge appearance="outline">Inactive</Badge>} {!embeddable(d) && <Badge appearance="outline" color="danger">Not set up</Badge>}
                      </div>
                    )}
                    {canManage && (
                      <Link href={routeHref("dashboards", [String(d.id), "edit"])} aria-label={`Edit ${d.title}`}>
                        Edit
                      </Link>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
