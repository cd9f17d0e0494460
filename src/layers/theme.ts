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
  /** No map text smaller than this (CSS px): 18 px reads from the back of a meeting room. */
  minTextPx: number;
  /** Labels a reader can do without (an ordinary station's name); a projector drops them. */
  secondaryLabels: boolean;
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
  minTextPx: 0,
  secondaryLabels: true,
};

/** For a room: labels half as large again (18 px at least), thicker and darker lines, fewer labels. */
export const PROJECTOR_THEME: Theme = { ...DEFAULT_THEME, countyOutline: '#3a322a', countyLabel: '#111111', textScale: 1.5, lineScale: 1.6, minTextPx: 18, secondaryLabels: false };

export type { Lang } from '../domain/vocabulary';

/** For paper (the A3 PDF and the browser's print): a little larger than the screen, lines firmer. */
export const PRINT_THEME: Theme = { ...DEFAULT_THEME, textScale: 1.2, lineScale: 1.3 };
