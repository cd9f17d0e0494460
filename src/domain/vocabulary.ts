/**
 * The one label vocabulary: every coded value in geodata/ → its Chinese and English label (and,
 * where the map draws it, its colour or dash). The legend, the feature panel, the filters, the
 * table, the charts and the exports all read these tables, and the zod schemas take their codes
 * from them, so a code cannot be valid in one place and unlabelled in another.
 */

export type Lang = 'zh' | 'en';

export interface Term {
  zh: string;
  en: string;
}
export interface ColouredTerm extends Term {
  color: string;
}

/** Shown wherever a value is missing: a gap in the sources, never a zero. */
export const NOT_STATED: Term = { zh: '未注明', en: 'not stated' };

// ---------- projects ----------

/**
 * A project's status is what the cited document says at its own date. A plan's verb is an
 * intention for its period (basis `plan`): 建成 in the 2021–2025 plan is a target, not a fact.
 * Only a document that reports a state at its date (the 续建 rows of a list, a news item about a
 * ground-breaking) gives basis `report`. The document's own word is kept in `status_zh`.
 */
export const PROJECT_STATUS = {
  planned_completion: { zh: '计划建成', en: 'Planned completion', basis: 'plan' },
  planned_start: { zh: '计划开工', en: 'Planned start', basis: 'plan' },
  planned_works: { zh: '计划推进', en: 'Planned works', basis: 'plan' },
  preparation: { zh: '谋划/前期', en: 'In preparation', basis: 'plan' },
  reported_construction: { zh: '据报在建', en: 'Reported under construction', basis: 'report' },
  reported_completed: { zh: '据报建成', en: 'Reported completed', basis: 'report' },
  reported_signed: { zh: '据报签约', en: 'Reported signed', basis: 'report' },
} as const satisfies Record<string, Term & { basis: 'plan' | 'report' }>;
export type ProjectStatus = keyof typeof PROJECT_STATUS;
export const PROJECT_STATUSES = Object.keys(PROJECT_STATUS) as [ProjectStatus, ...ProjectStatus[]];

/** The 2023 major-project plan's taxonomy (seed 002 L126-L197): category → its sub-types. */
export const PROJECT_CATEGORY = {
  产业: { zh: '产业', en: 'Industry', color: '#e8590c' },
  基础设施: { zh: '基础设施', en: 'Infrastructure', color: '#1971c2' },
  民生: { zh: '民生', en: 'Public services', color: '#2f9e44' },
} as const satisfies Record<string, ColouredTerm>;
export type ProjectCategory = keyof typeof PROJECT_CATEGORY;

export const PROJECT_SUBCATEGORY = {
  制造业项目: { zh: '制造业项目', en: 'Manufacturing', category: '产业' },
  能源产业项目: { zh: '能源产业项目', en: 'Energy industry', category: '产业' },
  现代服务业项目: { zh: '现代服务业项目', en: 'Modern services', category: '产业' },
  产业平台项目: { zh: '产业平台项目', en: 'Industrial platforms', category: '产业' },
  综合交通项目: { zh: '综合交通项目', en: 'Transport', category: '基础设施' },
  水利项目: { zh: '水利项目', en: 'Water works', category: '基础设施' },
  市政道路: { zh: '市政道路', en: 'Urban roads', category: '基础设施' },
  新型信息基础设施等其他项目: { zh: '新型信息基础设施等其他项目', en: 'Information infrastructure and other', category: '基础设施' },
  社会事业项目: { zh: '社会事业项目', en: 'Social services', category: '民生' },
  城市更新项目: { zh: '城市更新项目', en: 'Urban renewal', category: '民生' },
  生态环保项目: { zh: '生态环保项目', en: 'Ecology and environment', category: '民生' },
} as const satisfies Record<string, Term & { category: ProjectCategory }>;
export type ProjectSubcategory = keyof typeof PROJECT_SUBCATEGORY;

export const subcategoriesOf = (category: ProjectCategory): ProjectSubcategory[] =>
  (Object.keys(PROJECT_SUBCATEGORY) as ProjectSubcategory[]).filter((s) => PROJECT_SUBCATEGORY[s].category === category);

export const LOCATION_PRECISION = {
  site: { zh: '具体地点', en: 'Site' },
  town: { zh: '乡镇（街道）驻地', en: 'Town centre' },
  county: { zh: '县城（仅知所在县）', en: 'County seat (county known only)' },
} as const satisfies Record<string, Term>;

// ---------- rail ----------

/** Rail lines and stations: what runs, what is being built, what is planned; drawn solid, dashed, dotted. */
export const RAIL_STATUS = {
  operating: { zh: '已开通运营', en: 'Operating', dash: undefined },
  under_construction: { zh: '在建', en: 'Under construction', dash: [3, 2] },
  planned: { zh: '规划', en: 'Planned', dash: [0.8, 1.6] },
} as const satisfies Record<string, Term & { dash: readonly number[] | undefined }>;
export type RailStatus = keyof typeof RAIL_STATUS;

export const STATION_KIND = {
  metro: { zh: '市域铁路站', en: 'Suburban rail station', color: '#1f5fae' },
  national: { zh: '国铁车站', en: 'National rail station', color: '#2f2f2f' },
  airport: { zh: '机场', en: 'Airport', color: '#7a3db8' },
} as const satisfies Record<string, ColouredTerm>;

export const LINE_KIND = {
  shiyu: { zh: '市域铁路', en: 'Suburban rail' },
  metro: { zh: '城市轨道', en: 'Metro' },
  national: { zh: '国家铁路', en: 'National railway' },
} as const satisfies Record<string, Term>;

export const TOD_KIND = {
  new_town: { zh: 'TOD新城', en: 'TOD new town', color: '#e8590c' },
  depot_community: { zh: '车辆段上盖社区', en: 'Depot community', color: '#2b8a3e' },
  centre_block: { zh: '中心TOD街区', en: 'Central TOD block', color: '#c2255c' },
} as const satisfies Record<string, ColouredTerm>;

// ---------- structure ----------

/** 一主一副两极多节点: one colour per tier, used by zones, members, nodes, filters and charts. */
export const ZONE = {
  main: { zh: '都市区主中心', en: 'Main centre', color: '#d9480f' },
  sub: { zh: '南部副中心', en: 'Southern sub-centre', color: '#7048e8' },
  pole: { zh: '西部发展极', en: 'Western growth pole', color: '#2b8a3e' },
  node: { zh: '城镇化节点', en: 'Urbanisation node', color: '#0c8599' },
} as const satisfies Record<string, ColouredTerm>;
export type Zone = keyof typeof ZONE;

export const MEMBER_KIND = {
  county: { zh: '县（市、区）', en: 'County' },
  functional_area: { zh: '功能区', en: 'Functional area' },
  county_town: { zh: '县城', en: 'County town' },
} as const satisfies Record<string, Term>;

export const DIRECTION = {
  east: { zh: '东拓', en: 'East' },
  south: { zh: '南联', en: 'South' },
  west: { zh: '西优', en: 'West' },
  north: { zh: '北跨', en: 'North' },
} as const satisfies Record<string, Term>;

/** The seeds describe belts in words only, so every belt is schematic and its label says so. */
export const BELT_KIND = {
  gold: { zh: '金色中轴城市带（示意）', en: 'Golden central urban belt (schematic)', color: '#e0a800' },
  blue: { zh: '蓝色东部产业带（示意）', en: 'Blue eastern industry belt (schematic)', color: '#1c7ed6' },
  green: { zh: '绿色西部生态带（示意）', en: 'Green western ecological belt (schematic)', color: '#37b24d' },
  tourism_core: { zh: '旅游核心区（示意）', en: 'Tourism core (schematic)', color: '#e64980' },
  tourism_belt: { zh: '旅游带（示意）', en: 'Tourism belt (schematic)', color: '#f76707' },
  tourism_zone: { zh: '旅游片区（示意）', en: 'Tourism zone (schematic)', color: '#ae3ec9' },
  culture_belt: { zh: '诗路文化带（示意）', en: 'Poetry-road culture belt (schematic)', color: '#845ef7' },
  culture_tourism_belt: { zh: '文旅融合产业带（示意）', en: 'Culture-tourism belt (schematic)', color: '#d6336c' },
  innovation_corridor: { zh: '科创走廊（示意）', en: 'Innovation corridor (schematic)', color: '#0ca678' },
} as const satisfies Record<string, ColouredTerm>;
export type BeltKind = keyof typeof BELT_KIND;

export const PLATFORM_KIND = {
  national_development_zone: { zh: '国家级开发区', en: 'National development zone' },
  provincial_development_zone: { zh: '省级开发区', en: 'Provincial development zone' },
  high_tech_zone: { zh: '高新技术产业开发区', en: 'High-tech zone' },
  strategic_platform: { zh: '战略平台', en: 'Strategic platform' },
  wanmu_qianyi_platform: { zh: '“万亩千亿”新产业平台', en: '"10,000 mu, 100 billion" platform' },
  industrial_park: { zh: '产业园区', en: 'Industrial park' },
  innovation_demonstration_zone: { zh: '自主创新示范区', en: 'Innovation demonstration zone' },
  airport_area: { zh: '空港新区', en: 'Airport area' },
  industry_cluster_area: { zh: '产业集聚区', en: 'Industry cluster area' },
  new_area: { zh: '新区', en: 'New area' },
  marine_industry_area: { zh: '海洋产业区', en: 'Marine industry area' },
  marine_economy_zone: { zh: '海洋经济发展示范区', en: 'Marine economy zone' },
  functional_area: { zh: '功能区', en: 'Functional area' },
} as const satisfies Record<string, Term>;

export const PLACEMENT = {
  county_seat_proxy: { zh: '以县城代表（仅知所在县）', en: 'County seat as a stand-in (county known only)' },
  station_point: { zh: '车站点位', en: 'Station point' },
  town_point: { zh: '乡镇（街道）驻地点', en: 'Town centre point' },
  member_centroid: { zh: '所列成员的中心', en: 'Centre of the listed members' },
} as const satisfies Record<string, Term>;

// ---------- provenance ----------

export const GEOMETRY_QUALITY = {
  surveyed: { zh: '测绘（实测数据）', en: 'Surveyed (measured data)' },
  derived: { zh: '推算（由真实点位生成）', en: 'Derived (computed from real points)' },
  schematic: { zh: '示意（据文字描述绘制）', en: 'Schematic (drawn from a text description)' },
} as const satisfies Record<string, Term>;
export type GeometryQuality = keyof typeof GEOMETRY_QUALITY;

/** The vocabulary of each coded property, for the panel, the table and the exports. */
export const CODED_PROPERTIES: Record<string, Record<string, Term>> = {
  status: { ...PROJECT_STATUS, ...RAIL_STATUS },
  category: PROJECT_CATEGORY,
  subcategory: PROJECT_SUBCATEGORY,
  location_precision: LOCATION_PRECISION,
  station_kind: STATION_KIND,
  line_kind: LINE_KIND,
  tod_kind: TOD_KIND,
  zone: ZONE,
  member_kind: MEMBER_KIND,
  direction: DIRECTION,
  belt_kind: BELT_KIND,
  platform_kind: PLATFORM_KIND,
  placement: PLACEMENT,
  geometry_quality: GEOMETRY_QUALITY,
};

/** The label of a coded value in the UI language; the code itself when the vocabulary lacks it. */
export function labelOf(property: string, code: unknown, lang: Lang): string {
  if (code === undefined || code === null || code === '') return NOT_STATED[lang];
  return CODED_PROPERTIES[property]?.[String(code)]?.[lang] ?? String(code);
}

/** Code → colour, for `match` expressions and charts. */
export const colours = <K extends string>(table: Record<K, ColouredTerm>): Record<K, string> =>
  Object.fromEntries(Object.entries<ColouredTerm>(table).map(([k, v]) => [k, v.color])) as Record<K, string>;
