/**
 * The look every style builder takes as an argument, so that the default, projector and print
 * looks are one argument apart. Colours survive a projector: strong value contrast between land,
 * sea and boundaries, and no meaning carried by hue alone (outlines and labels back every fill).
 */
export interface Theme {
  sea: string;
  /** Land outside Wenzhou: quieter than the city's own land. */
  landAround: string;
  land: string;
  /** Outside the basemap's data box (never in view: maxBounds keeps the camera inside it). */
  outside: string;
  countyFill: string;
  countyFillSelected: string;
  countyOutline: string;
  countyLabel: string;
  labelHalo: string;
  seat: string;
  seatStroke: string;
  selected: string;
  /** MapLibre draws text with the browser's fonts when the style has no `glyphs` URL. */
  font: string[];
  /** Multiplies every text size (a projector needs larger labels). */
  textScale: number;
  /** Multiplies every line width. */
  lineScale: number;
}

export const DEFAULT_THEME: Theme = {
  sea: '#b9d3e6',
  landAround: '#e6e4df',
  land: '#f4f1ea',
  outside: '#dee2e6',
  countyFill: '#e9e2cf',
  countyFillSelected: '#f6c667',
  countyOutline: '#5b5146',
  countyLabel: '#2b2620',
  labelHalo: '#ffffff',
  seat: '#b3261e',
  seatStroke: '#ffffff',
  selected: '#d9480f',
  font: ['sans-serif'],
  textScale: 1,
  lineScale: 1,
};

/** For a room: labels half as large again and thicker lines, read from the back of the room. */
export const PROJECTOR_THEME: Theme = { ...DEFAULT_THEME, textScale: 1.5, lineScale: 1.6 };

export type { Lang } from '../domain/vocabulary';

/** For paper (the A3 PDF and the browser's print): a little larger than the screen, lines firmer. */
export const PRINT_THEME: Theme = { ...DEFAULT_THEME, textScale: 1.2, lineScale: 1.3 };
