import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { layerStyleNames } from '../data/schemas';
import { countyFill } from './styles/countyFill';
import { countySeat } from './styles/countySeat';
import { countyChoropleth } from './styles/countyChoropleth';
import { railLines, railStations, todSites } from './styles/rail';
import { directions, structureMembers, structureNodes, structureZones } from './styles/structure';
import { belts, platforms } from './styles/belts';
import { projects } from './styles/projects';
import type { LayerContext, StyleBuilder } from './types';

interface StyleKind {
  build: StyleBuilder;
  /** Area layers label one point per feature instead of every polygon part. */
  labelPoints?: boolean;
}

/** Catalog `style` names to builders. A new layer of an existing kind needs no code here. */
export const styleKinds: Record<(typeof layerStyleNames)[number], StyleKind> = {
  'county-fill': { build: countyFill, labelPoints: true },
  'county-seat': { build: countySeat },
  'county-choropleth': { build: countyChoropleth, labelPoints: true },
  'rail-lines': { build: railLines },
  'rail-stations': { build: railStations },
  'tod-sites': { build: todSites },
  'structure-zones': { build: structureZones },
  'structure-members': { build: structureMembers },
  'structure-nodes': { build: structureNodes },
  directions: { build: directions },
  belts: { build: belts },
  platforms: { build: platforms },
  projects: { build: projects },
};

export const sourceIdFor = (layerId: string) => `wz-${layerId}`;
export const labelSourceIdFor = (layerId: string) => `wz-${layerId}-labels`;

export function buildLayerSpecs(ctx: Omit<LayerContext, 'sourceId' | 'labelSourceId'>): LayerSpecification[] {
  const specs = styleKinds[ctx.entry.style].build({ ...ctx, sourceId: sourceIdFor(ctx.entry.id), labelSourceId: labelSourceIdFor(ctx.entry.id) });
  const userFilter = ctx.filter;
  if (!userFilter) return specs;
  // The user's filter narrows every part of the layer (fills, outlines, labels) alike.
  return specs.map((s) => {
    if (s.type === 'background' || s.type === 'raster' || s.type === 'hillshade' || s.type === 'color-relief') return s;
    const own = (s as { filter?: ExpressionSpecification }).filter;
    return { ...s, filter: own ? ['all', own, userFilter] : userFilter } as LayerSpecification;
  });
}
