/**
 * The numbers beside the project timeline. The timeline is the years filter [from, year]: a
 * project is on the map when its planned years overlap that span. Projects with no years stated
 * are never on it, and status changes are counted where the change table has them.
 */
import type { Feature } from 'geojson';

export interface TimelineCounts {
  /** Projects drawn at this year (every filter applied). */
  shown: number;
  /** Projects, among all, with no start year: the timeline cannot place them. */
  unstated: number;
  /** Projects drawn whose status changed (by the change table) in or before this year. */
  changed: number;
}

export function timelineCounts(shown: readonly Feature[], all: readonly Feature[], changes: readonly { project_id: string; date: string }[], year: number): TimelineCounts {
  const ids = new Set(shown.map((f) => String(f.properties?.id)));
  const changed = new Set(changes.filter((c) => ids.has(c.project_id) && Number(c.date.slice(0, 4)) <= year).map((c) => c.project_id));
  return { shown: shown.length, unstated: all.filter((f) => typeof f.properties?.start_year !== 'number').length, changed: changed.size };
}
