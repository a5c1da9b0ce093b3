// The width a chart is drawn at, in CSS pixels. Its SVG then counts one unit per pixel, so that its text
// keeps the size the style sheet gives it: a wider viewBox scaled down to the screen shrinks its text too
// (13 px became 9 px in a half-width column of a landscape tablet).
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Width used until the element is measured (and where nothing can measure it). */
export const DEFAULT_CHART_WIDTH = 640;

/** A ref for the chart's box and the box's width in CSS pixels, followed as it changes. */
export function useChartWidth<T extends HTMLElement>(): [RefObject<T>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_CHART_WIDTH);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    // 0 while the box is not laid out (hidden tab, test DOM): keep the previous width.
    const measured = (px: number) => px > 0 && setWidth(Math.floor(px));
    measured(box.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => measured(entries[0]?.contentRect.width ?? 0));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
