import { useCallback, useRef, useState } from "react";

/**
 * The width of an element in whole CSS px, kept up to date with a ResizeObserver, so charts draw for
 * the space they have (a 320 px phone tab, a wide intranet column). 0 until measured. A callback
 * ref rather than an effect: it measures in the commit, before the browser paints.
 */
export function useElementWidth<T extends Element>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    const read = () => setWidth(Math.floor(node.getBoundingClientRect().width));
    read();
    if (typeof ResizeObserver !== "undefined") {
      observer.current = new ResizeObserver(read);
      observer.current.observe(node);
    }
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
