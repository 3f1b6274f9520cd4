import { makeStyles, tokens } from "@fluentui/react-components";
import { Controls, type Edge, MarkerType, MiniMap, ReactFlow, useStore, type Viewport } from "@xyflow/react";
import "@xyflow/react/dist/base.css";
import { type CSSProperties, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { navigate } from "../../../../core/ui/router";
import type { MapModel } from "../../domain/map-model";
import { type LayoutEdge, layoutMap } from "../../domain/map-layout";
import { assetHref } from "../parts";
import { type MapNode, NODE_TYPES } from "./nodes";

import { levelAt, type MapLevel } from "./zoom";

/** The viewport that fits the whole map in the frame, with a little margin (as React Flow's fitView would, but known before the first draw). */
export function fittedViewport(width: number, height: number, frame: { width: number; height: number }): Viewport {
  const margin = 0.04;
  const zoom = Math.min(1, Math.max(MIN_ZOOM, Math.min((frame.width * (1 - 2 * margin)) / width, (frame.height * (1 - 2 * margin)) / height)));
  return { x: (frame.width - width * zoom) / 2, y: (frame.height - height * zoom) / 2, zoom };
}

const MIN_ZOOM = 0.01;

const useStyles = makeStyles({
  frame: {
    height: "min(70vh, 48rem)",
    minHeight: "20rem",
    width: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    // React Flow's credit link keeps the theme's colours, so it is readable in every theme.
    "& .react-flow__attribution": { backgroundColor: tokens.colorNeutralBackground1 },
    "& .react-flow__attribution a": { color: tokens.colorNeutralForeground2 },
  },
});

/** React Flow's colours as the hub's theme tokens, so the default, dark and high-contrast themes all hold. */
const THEMED = {
  "--xy-edge-stroke-default": tokens.colorNeutralForeground3,
  "--xy-edge-stroke-selected-default": tokens.colorNeutralForeground1,
  "--xy-minimap-background-color-default": tokens.colorNeutralBackground1,
  "--xy-minimap-mask-background-color-default": tokens.colorNeutralBackgroundAlpha,
  "--xy-minimap-node-background-color-default": tokens.colorNeutralStroke1,
  "--xy-controls-button-background-color-default": tokens.colorNeutralBackground1,
  "--xy-controls-button-background-color-hover-default": tokens.colorNeutralBackground1Hover,
  "--xy-controls-button-color-default": tokens.colorNeutralForeground1,
  "--xy-controls-button-color-hover-default": tokens.colorNeutralForeground1,
  "--xy-controls-button-border-color-default": tokens.colorNeutralStroke1,
  "--xy-attribution-background-color-default": tokens.colorNeutralBackground1,
  "--xy-background-color-default": tokens.colorNeutralBackground1,
} as CSSProperties;

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16, color: tokens.colorNeutralForeground3 } as const;

function toEdge(edge: LayoutEdge, summed: boolean): Edge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    ...(edge.sourceHandle ? { sourceHandle: edge.sourceHandle, targetHandle: edge.targetHandle } : {}),
    ariaLabel: edge.label,
    markerEnd: ARROW,
    focusable: false,
    selectable: false,
    ...(summed ? { style: { strokeWidth: Math.min(1 + Math.log2(edge.count), 6) } } : {}),
  };
}

/** Tells the map when the zoom crosses from one level of detail to another. */
function ZoomWatch({ onLevel }: { onLevel: (level: MapLevel) => void }) {
  const level = useStore((s) => levelAt(s.transform[2]));
  useEffect(() => onLevel(level), [level, onLevel]);
  return null;
}

/**
 * The map, drawn by React Flow from the layout. Zoomed out, assets are hidden and the flows between
 * systems are drawn summed (thicker for more), which keeps a 2,000-asset map quick to draw and to pan;
 * zoomed in, every asset and flow is drawn, and only those on screen are in the page.
 */
export default function AssetMap({ model }: { model: MapModel }) {
  const styles = useStyles();
  // How long the layout took is kept on the frame (data-layout-ms) for the bench to read.
  const { layout, layoutMs } = useMemo(() => {
    const started = performance.now();
    const result = layoutMap(model);
    return { layout: result, layoutMs: Math.round(performance.now() - started) };
  }, [model]);
  const frame = useRef<HTMLDivElement>(null);
  // The first view is worked out before React Flow draws anything, so it never draws the whole map close up first.
  const [start, setStart] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const box = frame.current!.getBoundingClientRect();
    setStart(fittedViewport(layout.width, layout.height, box));
  }, [layout]);
  const [level, setLevel] = useState<MapLevel>("services");
  useLayoutEffect(() => {
    if (start) setLevel(levelAt(start.zoom));
  }, [start]);
  const [drawn, setDrawn] = useState(false);

  const nodes = useMemo<MapNode[]>(
    () =>
      layout.nodes.map((n) => ({
        id: n.id,
        type: n.type,
        position: { x: n.x, y: n.y },
        width: n.width,
        height: n.height,
        ...(n.parentId ? { parentId: n.parentId } : {}),
        data: { label: n.label, ...(n.asset ? { asset: n.asset } : {}), ...(n.context ? { context: true } : {}), ...(n.count !== undefined ? { count: n.count } : {}) },
        draggable: false,
        selectable: false,
        focusable: false,
        hidden: level === "services" ? n.type !== "service" && n.type !== "outsideGroup" : level === "systems" ? n.type === "asset" : false,
        ariaLabel: n.type === "asset" ? `Asset: ${n.label}` : n.type === "system" ? `System: ${n.label}, ${n.count} ${n.count === 1 ? "asset" : "assets"}` : n.type === "outside" ? `Outside the council: ${n.label}` : `Service: ${n.label}`,
      })),
    [layout, level],
  );
  const edges = useMemo(
    () => (level === "assets" ? layout.assetEdges.map((e) => toEdge(e, false)) : level === "systems" ? layout.systemEdges.map((e) => toEdge(e, true)) : layout.serviceEdges.map((e) => toEdge(e, true))),
    [layout, level],
  );

  const onInit = useCallback(() => {
    // Drawn: the frame after React Flow has placed and painted the first view.
    requestAnimationFrame(() => requestAnimationFrame(() => setDrawn(true)));
  }, []);

  return (
    <div ref={frame} className={styles.frame} data-testid="asset-map" data-drawn={drawn ? "yes" : "no"} data-layout-ms={layoutMs} data-zoom-level={level}>
      {start && (
        <ReactFlow<MapNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          defaultViewport={start}
          onInit={onInit}
          onNodeClick={(_, node) => node.data.asset && navigate(assetHref(node.data.asset.key))}
          onlyRenderVisibleElements
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          disableKeyboardA11y
          minZoom={MIN_ZOOM}
          maxZoom={1.5}
          style={THEMED}
          aria-label="Map of data assets and the flows between them"
        >
          <ZoomWatch onLevel={setLevel} />
          <Controls showInteractive={false} fitViewOptions={{ padding: 0.04, maxZoom: 1 }} />
          <MiniMap pannable zoomable ariaLabel="Overview of the whole map" />
        </ReactFlow>
      )}
    </div>
  );
}
