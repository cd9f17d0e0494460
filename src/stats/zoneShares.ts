/**
 * Population of each structure zone in 2021, summed over its member counties (the zone polygons
 * are dissolved from whole counties), and its share of the city.
 */
import type { Feature } from 'geojson';

export function zoneShares(zones: readonly Feature[], counties: readonly Feature[], zonesWanted: readonly string[]) {
  const pop = new Map(counties.map((c) => [String(c.properties?.adcode), c.properties?.pop_2021_wan as number | undefined]));
  const city = [...pop.values()].reduce<number>((a, b) => a + (b ?? 0), 0);
  return zonesWanted.flatMap((zone) => {
    const members = zones.filter((z) => z.properties?.zone === zone).flatMap((z) => String(z.properties?.member_adcodes ?? '').split(','));
    if (!members.length || !city) return [];
    const total = members.reduce((a, code) => a + (pop.get(code) ?? 0), 0);
    return [{ zone, members, pop2021: Math.round(total * 100) / 100, share2021: Math.round((total / city) * 1000) / 10 }];
  });
}
