/**
 * UI strings: Chinese first, English second. A typed dictionary rather than an i18n library:
 * the UI has a few dozen fixed strings and no plurals or dates yet, and `satisfies` makes the
 * compiler reject an English table that misses a key. Data titles come from the data files.
 */
const zh = {
  appTitle: '温州都市区规划一张图',
  appSubtitle: 'Wenzhou Planning Map',
  layers: '图层',
  legend: '图例',
  opacity: '透明度',
  basemap: '底图',
  basemapOffline: '离线底图（本地数据）',
  basemapOsm: 'OpenStreetMap 在线底图',
  basemapFailed: '在线底图加载失败，已切换回离线底图。',
  language: 'English',
  loading: '正在加载数据…',
  loadFailed: '数据加载失败',
  close: '关闭',
  featureDetails: '要素详情',
  population2021: '2021年末常住人口',
  source: '来源',
  sourceLines: '原文行号',
  geometrySource: '几何来源',
  licence: '许可',
  geometryQuality: '几何精度',
  quality_surveyed: '测绘（实测数据）',
  quality_derived: '推算（由真实点位生成）',
  quality_schematic: '示意（据文字描述绘制）',
  noData: '暂无数据',
  show: '显示',
  hide: '隐藏',
} as const;

export type StringKey = keyof typeof zh;

const en = {
  appTitle: 'Wenzhou Planning Map',
  appSubtitle: '温州都市区规划一张图',
  layers: 'Layers',
  legend: 'Legend',
  opacity: 'Opacity',
  basemap: 'Basemap',
  basemapOffline: 'Offline basemap (local data)',
  basemapOsm: 'OpenStreetMap (online)',
  basemapFailed: 'The online basemap failed to load; switched back to the offline basemap.',
  language: '中文',
  loading: 'Loading data…',
  loadFailed: 'Data failed to load',
  close: 'Close',
  featureDetails: 'Feature details',
  population2021: 'Resident population, end of 2021',
  source: 'Source',
  sourceLines: 'Lines in source',
  geometrySource: 'Geometry from',
  licence: 'Licence',
  geometryQuality: 'Geometry quality',
  quality_surveyed: 'Surveyed (measured data)',
  quality_derived: 'Derived (computed from real points)',
  quality_schematic: 'Schematic (drawn from a text description)',
  noData: 'no data',
  show: 'Show',
  hide: 'Hide',
} satisfies Record<StringKey, string>;

export const strings = { zh, en } as const;
