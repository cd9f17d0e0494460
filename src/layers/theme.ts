/**
 * Colours chosen to survive a projector: strong value contrast between land, sea and boundaries,
 * and no meaning carried by hue alone (outlines and labels back every fill).
 */
export const theme = {
  sea: '#b9d3e6',
  outside: '#dee2e6',
  land: '#f4f1ea',
  countyFill: '#e9e2cf',
  countyFillHover: '#f6c667',
  countyOutline: '#5b5146',
  countyLabel: '#2b2620',
  labelHalo: '#ffffff',
  seat: '#b3261e',
  seatStroke: '#ffffff',
  selected: '#d9480f',
  /** MapLibre draws text with the browser's fonts when the style has no `glyphs` URL. */
  font: ['sans-serif'],
} as const;

export type Lang = 'zh' | 'en';
