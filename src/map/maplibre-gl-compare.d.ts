/** Types for @maplibre/maplibre-gl-compare 0.5, which ships none (API.md of the package). */
declare module '@maplibre/maplibre-gl-compare' {
  import type { Map } from 'maplibre-gl';
  export default class Compare {
    constructor(a: Map, b: Map, container: string | HTMLElement, options?: { orientation?: 'vertical' | 'horizontal'; mousemove?: boolean });
    /** Slider position in CSS pixels from the container's left (or top). */
    currentPosition: number;
    setSlider(x: number): void;
    on(type: 'slideend', fn: (e: { currentPosition: number }) => void): this;
    off(type: 'slideend', fn: (e: { currentPosition: number }) => void): this;
    remove(): void;
  }
}
