import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { Handle, type Node, type NodeProps, Position, useStore } from "@xyflow/react";
import { SYSTEMS_ZOOM } from "./zoom";
import { memo } from "react";
import type { Asset } from "../../domain/asset";
import { assetHref } from "../parts";

export interface MapNodeData extends Record<string, unknown> {
  label: string;
  asset?: Asset;
  context?: boolean;
  count?: number;
}

export type MapNode = Node<MapNodeData>;

const useStyles = makeStyles({
  group: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
  },
  groupTitle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  farTitle: { whiteSpace: "normal", lineHeight: 1.1, overflowWrap: "anywhere" },
  system: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
  },
  systemTitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  asset: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    gap: "2px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  context: { ...shorthands.borderStyle("dashed"), backgroundColor: tokens.colorNeutralBackground2 },
  outside: { ...shorthands.borderStyle("double"), ...shorthands.borderWidth(tokens.strokeWidthThicker) },
  name: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  link: { color: tokens.colorBrandForegroundLink, textDecorationLine: "underline", ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  tags: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", color: tokens.colorNeutralForeground2 },
  handle: { opacity: 0, pointerEvents: "none" },
});

/** Where edges attach: in on the left and out on the right, and top and bottom for flows within one system. */
function Handles({ vertical }: { vertical?: boolean }) {
  const styles = useStyles();
  return (
    <>
      <Handle id="left" type="target" position={Position.Left} isConnectable={false} className={styles.handle} />
      <Handle id="right" type="source" position={Position.Right} isConnectable={false} className={styles.handle} />
      {vertical && (
        <>
          <Handle id="top" type="target" position={Position.Top} isConnectable={false} className={styles.handle} />
          <Handle id="bottom" type="source" position={Position.Bottom} isConnectable={false} className={styles.handle} />
          <Handle id="top" type="source" position={Position.Top} isConnectable={false} className={styles.handle} />
          <Handle id="bottom" type="target" position={Position.Bottom} isConnectable={false} className={styles.handle} />
        </>
      )}
    </>
  );
}

/** Far out, a service's name is drawn at a readable size on screen whatever the zoom, within its box. */
const readableZoom = (s: { transform: [number, number, number] }) => (s.transform[2] < SYSTEMS_ZOOM ? Math.round(s.transform[2] * 1000) / 1000 : 1);

function ServiceNodeView({ data, height }: NodeProps<MapNode>) {
  const styles = useStyles();
  const zoom = useStore(readableZoom);
  const fontSize = zoom < 1 ? Math.min(13 / zoom, (height ?? 100) * 0.25) : undefined;
  return (
    <div className={styles.group}>
      <Handles vertical />
      <p className={mergeClasses(styles.groupTitle, fontSize !== undefined && styles.farTitle)} style={fontSize ? { fontSize } : undefined}>
        {data.label}
      </p>
    </div>
  );
}

function SystemNodeView({ data }: NodeProps<MapNode>) {
  const styles = useStyles();
  return (
    <div className={styles.system}>
      <Handles />
      <p className={styles.systemTitle}>{data.label}</p>
      <span className={styles.count}>{data.count === 1 ? "1 asset" : `${data.count ?? 0} assets`}</span>
    </div>
  );
}

/** An asset: its name is a real link, so it opens with a keyboard as well as a click. */
function AssetNodeView({ data }: NodeProps<MapNode>) {
  const styles = useStyles();
  const asset = data.asset!;
  const tags = [asset.personalData === "Yes" ? "Personal data" : null, asset.restricted ? "Restricted" : null, data.context ? "Outside the filters" : null].filter(Boolean).join(" · ");
  return (
    <div className={mergeClasses(styles.asset, data.context && styles.context)}>
      <Handles vertical />
      <a className={mergeClasses(styles.name, styles.link)} href={assetHref(asset.key)} title={asset.name}>
        {asset.name}
      </a>
      {tags && <span className={styles.tags}>{tags}</span>}
    </div>
  );
}

function OutsideNodeView({ data }: NodeProps<MapNode>) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.asset, styles.outside)}>
      <Handles />
      <span className={styles.name} title={data.label}>
        {data.label}
      </span>
      <span className={styles.tags}>Outside the council</span>
    </div>
  );
}

export const NODE_TYPES = {
  service: memo(ServiceNodeView),
  outsideGroup: memo(ServiceNodeView),
  system: memo(SystemNodeView),
  asset: memo(AssetNodeView),
  outside: memo(OutsideNodeView),
};
