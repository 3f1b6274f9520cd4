/**
 * What the map draws at each zoom: services and the flows between them when far out, systems and
 * theirs in the middle, every asset and flow when close enough to read them.
 */
export type MapLevel = "services" | "systems" | "assets";
export const SYSTEMS_ZOOM = 0.15;
export const ASSETS_ZOOM = 0.45;
export const levelAt = (zoom: number): MapLevel => (zoom >= ASSETS_ZOOM ? "assets" : zoom >= SYSTEMS_ZOOM ? "systems" : "services");
