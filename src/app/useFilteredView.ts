/** The filtered view (filters/filteredView.ts), recomputed only when the data or the filters change. */
import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Catalog } from '../data/schemas';
import type { FilterState } from '../filters/filterState';
import { choroplethOf, countyRows, filteredView, type FilteredView } from '../filters/filteredView';

export function useFilteredView(catalog: Catalog, byLayer: Record<string, FeatureCollection>, filters: FilterState): FilteredView {
  const counties = useMemo(() => countyRows(catalog.layers, byLayer), [catalog, byLayer]);
  const { population } = filters;
  const choropleth = useMemo(() => choroplethOf(counties, population), [counties, population]);
  return useMemo(() => filteredView(catalog.layers, byLayer, filters, counties, choropleth), [catalog, byLayer, filters, counties, choropleth]);
}
