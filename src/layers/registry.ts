import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { layerStyleNames } from '../data/schemas';
import { countyFill } from './styles/countyFill';
import { countySeat } from './styles/countySeat';
import { countyChoropleth } from './styles/countyChoropleth';
import { railLines, railStations, todSites } from './styles/rail';
import { directions, structureMembers, structureNodes, structureZones } from './styles/structure';
import { belts, platforms } from './styles/belts';
import { projects } from './styles/projects';
import type { LayerContext, LayerMetadata, StyleBuilder } from './types';

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
export const stackSourceIdFor = (layerId: string) => `wz-${layerId}-stacks`;

export function buildLayerSpecs(ctx: Omit<LayerContext, 'sourceId' | 'labelSourceId' | 'stackSourceId'>): LayerSpecification[] {
  const id = ctx.entry.id;
  const specs = styleKinds[ctx.entry.style].build({ ...ctx, sourceId: sourceIdFor(id), labelSourceId: labelSourceIdFor(id), stackSourceId: stackSourceIdFor(id) });
  const userFilter = ctx.filter;
  if (!userFilter) return specs;
  // The user's filter narrows every part of the layer (fills, outlines, labels) alike; stack
  // badges carry counts instead of the features' properties (they follow the filter by feature-state).
  return specs.map((s) => {
    if (s.type === 'background' || s.type === 'raster' || s.type === 'hillshade' || s.type === 'color-relief') return s;
    if ((s.metadata as LayerMetadata | undefined)?.['wz:unfiltered']) return s;
    const own = (s as { filter?: ExpressionSpecification }).filter;
    return { ...s, filter: own ? ['all', own, userFilter] : userFilter } as LayerSpecification;
  });
}

const labelRank = (s: LayerSpecification) => (s.metadata as LayerMetadata | undefined)?.['wz:label-rank'] ?? 0;

/**
 * The order the map draws: every catalog layer's areas, lines and points in catalog order, then all
 * labels above them. MapLibre places the topmost labels first, so labels go by rank (county names,
 * then the names in a stack's column, then the rest) and within a rank in reverse catalog order:
 * a county name never gives way to a project's name.
 */
export function drawOrder(perLayer: readonly LayerSpecification[][]): LayerSpecification[] {
  const shapes = perLayer.flatMap((specs) => specs.filter((s) => s.type !== 'symbol'));
  const labels = [...perLayer].reverse().flatMap((specs) => specs.filter((s) => s.type === 'symbol'));
  // A stable sort: the lowest rank first (drawn lowest, placed last).
  const ranked = labels.map((s, i) => ({ s, i })).sort((a, b) => labelRank(a.s) - labelRank(b.s) || a.i - b.i).map(({ s }) => s);
  return [...shapes, ...ranked];
}
