/**
 * What clicking a bar or a table row in the statistics means: which projects it stands for (to
 * highlight them) and how close the map should go to show them.
 */
export type StatsPick = { by: 'county_adcode' | 'category'; key: string } | { by: 'id'; key: string };

type Props = Record<string, unknown>;

/** Ids of the projects a pick stands for, among the projects the filters leave. */
export function idsOfPick(pick: StatsPick, projects: readonly { properties: Props | null }[]): string[] {
  if (pick.by === 'id') return [pick.key];
  return projects.filter((f) => String(f.properties?.[pick.by]) === pick.key).map((f) => String(f.properties?.id));
}

/** One project: close enough to read its neighbours' names; a group: the whole group in view. */
export const fitZoomOf = (pick: StatsPick) => (pick.by === 'id' ? 13 : 11);
