import { useCallback, useRef, useState } from "react";

/**
 * The width of an element in whole CSS px, kept up to date with a ResizeObserver, so charts draw for
 * the space they have (a 320 px phone tab, a wide intranet column). 0 until measured. The observer's
 * first report comes after the browser's own layout and before it paints, so nothing flashes; reading
 * the width in the commit instead forced an extra layout of the whole page for every chart (about
 * 0.2 s on Home at 4× CPU throttling).
 */
export function useElementWidth<T extends Element>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    if (typeof ResizeObserver === "undefined") {
      setWidth(Math.floor(node.getBoundingClientRect().width));
      return;
    }
    observer.current = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.borderBoxSize?.[0]?.inlineSize ?? node.getBoundingClientRect().width)));
    observer.current.observe(node);
  }, []);
  return [ref, width];
}

/** True while an element's content is wider than the element (it scrolls sideways). */
export function useOverflowing<T extends HTMLElement>(): [(node: T | null) => void, boolean] {
  const [overflowing, setOverflowing] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    const read = () => setOverflowing(node.scrollWidth > node.clientWidth + 1);
    read();
    if (typeof ResizeObserver !== "undefined") {
      observer.current = new ResizeObserver(read);
      observer.current.observe(node);
      if (node.firstElementChild) observer.current.observe(node.firstElementChild);
    }
  }, []);
  return [ref, overflowing];
}
