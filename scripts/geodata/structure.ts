/**
 * Build step: the metropolitan structure “一主一副两极多节点” of the 14th Five-Year Plan outline
 * (seed 001_e6b0caea5896a948.txt, 第八章第二节 L790-L801 and 专栏10 L805-L845) and the 大罗山 centre
 * with the 东拓 / 南联 / 西优 / 北跨 directions (第八章第三节, L849-L863).
 *
 *   structure/zones.geojson       main centre, southern sub-centre (dissolved county polygons), two pole counties
 *   structure/members.geojson     one point per member listed in 专栏10, with its positioning text
 *   structure/nodes.geojson       the 16 城镇化节点 towns (L845)
 *   structure/directions.geojson  大罗山 centre point + four schematic direction arrows
 *
 * Every name_zh / text_zh below is checked against the cited seed lines when the step runs
 * (whitespace-insensitive, because the gazette prints break lines), so a wrong line range fails the build.
 * The helpers exported here (seed quotes, town / seat / station points) are reused by belts.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import Papa from 'papaparse';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { pointToWgs84, readJson, round6, roundGeometry, type BuildContext, type BuildStep } from '../lib/geo';

// ---------------------------------------------------------------------------------------------
// Shared helpers (also used by belts.ts)
// ---------------------------------------------------------------------------------------------

export const SEED_000 = '000_39aae25165625594.txt';
export const SEED_001 = '001_e6b0caea5896a948.txt';
export const SEED_002 = '002_9904062678a0a62c.txt';
export const SEED_003 = '003_afccd65f9a195b93.txt';
export const SEED_004 = '004_dbc3e92580ef39c9.txt';

/** Flat, scalar properties only (MapLibre filters cannot reach into nested values). */
export type Props = Record<string, string | number | boolean>;
export type PlanGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;
export type PlanFeature = Feature<PlanGeometry, Props>;

/**
 * A free-text note (provenance, placement, what was inferred) in both languages. It is written as two
 * properties, `<key>_zh` and `<key>_en` (see `bilingual`); no unsuffixed note property is written.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

const HAN = /\p{Script=Han}/u;

/** `{ <key>_zh, <key>_en }` for a note, `{}` when there is none; throws unless `zh` is Chinese and `en` is not empty. */
export function bilingual(key: string, note: Bilingual | undefined): Record<string, string> {
  if (!note) return {};
  if (!HAN.test(note.zh) || !note.en.trim()) throw new Error(`${key}: a note needs a Chinese "zh" and a non-empty "en"`);
  return { [`${key}_zh`]: note.zh, [`${key}_en`]: note.en };
}

/** Joins notes sentence by sentence: Chinese sentences without a space, English ones with one. */
export const joinNotes = (...notes: Bilingual[]): Bilingual => ({
  zh: notes.map((n) => n.zh).join(''),
  en: notes.map((n) => n.en).join(' '),
});

/** Property names that hold free text and must come as a `_zh` / `_en` pair. */
const UNSUFFIXED_NOTE = /(_note|^fact_source)$/;

const seedCache = new Map<string, string[]>();
function seedLines(ctx: BuildContext, doc: string): string[] {
  let lines = seedCache.get(doc);
  if (!lines) {
    lines = readFileSync(join(ctx.seeds, doc), 'utf8').split(/\r?\n/);
    seedCache.set(doc, lines);
  }
  return lines;
}

/** Gazette prints break words across lines and sometimes space out characters; markdown bold (**) appears in 001. */
const normalise = (s: string) => s.replace(/\*\*/g, '').replace(/[\s\u3000]+/g, '');

/** The text of the cited lines (format `L12,L30-L41`), normalised, for verbatim checks. */
export function citedText(ctx: BuildContext, doc: string, lines: string): string {
  const all = seedLines(ctx, doc);
  const parts: string[] = [];
  for (const range of lines.split(',')) {
    const m = /^L(\d+)(?:-L(\d+))?$/.exec(range);
    if (!m) throw new Error(`bad line range "${lines}"`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from || to > all.length) throw new Error(`${doc}: line range ${range} outside the file (${all.length} lines)`);
    parts.push(all.slice(from - 1, to).join(''));
  }
  return normalise(parts.join(''));
}

/** Throws unless `text` occurs verbatim (ignoring whitespace) in the cited lines of the seed. */
export function assertVerbatim(ctx: BuildContext, doc: string, lines: string, text: string, what: string): void {
  if (!citedText(ctx, doc, lines).includes(normalise(text))) {
    throw new Error(`${what}: "${text.slice(0, 40)}…" is not in ${doc} ${lines}`);
  }
}

/**
 * Makes a feature with flat properties, dropping undefined values, and checks name_zh and text_zh
 * against the seed lines it cites (skip the name check with checkName=false for composite names).
 */
export function planFeature(
  ctx: BuildContext,
  geometry: PlanGeometry,
  props: Record<string, string | number | boolean | undefined>,
  checkName = true,
): PlanFeature {
  const clean: Props = {};
  for (const [k, v] of Object.entries(props)) {
    if (UNSUFFIXED_NOTE.test(k)) throw new Error(`${String(props.id)}: "${k}" must be written as ${k}_zh + ${k}_en (use bilingual())`);
    if (v !== undefined && v !== '') clean[k] = v;
  }
  const doc = String(clean.source_doc);
  const lines = String(clean.source_lines);
  if (checkName) assertVerbatim(ctx, doc, lines, String(clean.name_zh), `${clean.id} name_zh`);
  if (clean.text_zh !== undefined) assertVerbatim(ctx, doc, lines, String(clean.text_zh), `${clean.id} text_zh`);
  return { type: 'Feature', properties: clean, geometry: roundGeometry(geometry) };
}

export function collection(features: PlanFeature[]): FeatureCollection<PlanGeometry, Props> {
  const seen = new Set<string>();
  for (const f of features) {
    const id = String(f.properties.id);
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`id "${id}" is not lower-case ascii`);
    if (seen.has(id)) throw new Error(`duplicate id "${id}"`);
    seen.add(id);
  }
  return { type: 'FeatureCollection', features };
}

type Area = Feature<Polygon | MultiPolygon, Props>;

export function counties(ctx: BuildContext): Map<string, Area> {
  const fc = readJson<FeatureCollection<Polygon | MultiPolygon, Props>>(ctx.geodata, 'admin/counties.geojson');
  return new Map(fc.features.map((f) => [String(f.properties.adcode), f]));
}

/** Dissolves county polygons (Turf union), so that the outline follows the county boundaries exactly. */
export function dissolve(ctx: BuildContext, adcodes: string[]): Polygon | MultiPolygon {
  const byCode = counties(ctx);
  const parts = adcodes.map((a) => {
    const f = byCode.get(a);
    if (!f) throw new Error(`no county polygon ${a}`);
    return f;
  });
  if (parts.length === 1) return parts[0]!.geometry;
  const u = turf.union(turf.featureCollection(parts));
  if (!u) throw new Error(`union of ${adcodes.join(',')} is empty`);
  return dropSliverHoles(u.geometry);
}

/** Holes under 0.05 km² left by a union are gaps between neighbouring fences, not real enclaves. */
function dropSliverHoles(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const keep = (rings: Position[][]) => rings.filter((r, i) => i === 0 || turf.area(turf.polygon([r])) >= 5e4);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: keep(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(keep) };
}

/** County seats (WGS-84, from geodata/admin/county-seats.geojson, dataset vonng-adcode-towns). */
export function seatPoint(ctx: BuildContext, adcode: string): [number, number] {
  const fc = readJson<FeatureCollection<Point, Props>>(ctx.geodata, 'admin/county-seats.geojson');
  const f = fc.features.find((s) => String(s.properties.adcode) === adcode);
  if (!f) throw new Error(`no county seat ${adcode}`);
  return f.geometry.coordinates as [number, number];
}

export interface Town {
  name: string;
  county: string;
  county_adcode: string;
  coordinates: [number, number];
}

/** Township / street centre points (dataset vonng-adcode-towns, GCJ-02 → WGS-84 with pointToWgs84). */
export function town(ctx: BuildContext, name: string, county?: string): Town {
  const fc = readJson<FeatureCollection<Point, Record<string, string | number | boolean>>>(
    ctx.sources,
    'wenzhou_town_points_vonng_gcj02.geojson',
  );
  const hits = fc.features.filter(
    (f) => f.properties.level === 'town' && f.properties.name === name && (!county || f.properties.county === county),
  );
  if (hits.length !== 1) throw new Error(`town "${name}": ${hits.length} matches in the town points`);
  const f = hits[0]!;
  const [lng, lat] = f.geometry.coordinates as [number, number];
  return {
    name,
    county: String(f.properties.county),
    county_adcode: String(f.properties.county_adcode),
    coordinates: pointToWgs84(lng, lat),
  };
}

/**
 * Dataset id for the S1/S2 station points of stations.csv (Amap subway-map data copy, GitHub
 * MDJHX2018/china-metro-visualization data/cities/wenzhou.json @284f913, GCJ-02): the same id as rail.ts uses.
 */
export const STATION_SOURCE = 'amap-metro-stations';

/** An S1/S2 station point from stations.csv (GCJ-02 rows of the Amap subway data) → WGS-84. */
export function station(ctx: BuildContext, name: string): [number, number] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(ctx.sources, 'stations.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const hits = rows.filter((r) => r.name === name && r.crs === 'GCJ-02' && /\bS[12]\b/.test(r.lines ?? ''));
  if (hits.length !== 1) throw new Error(`station "${name}": ${hits.length} GCJ-02 S1/S2 rows`);
  return pointToWgs84(Number(hits[0]!.lng), Number(hits[0]!.lat));
}

export const mean = (pts: [number, number][]): [number, number] => [
  round6(pts.reduce((s, p) => s + p[0], 0) / pts.length),
  round6(pts.reduce((s, p) => s + p[1], 0) / pts.length),
];

/**
 * 大罗山: no dataset has the mountain. The seeds place it between 瓯海, 龙湾 and 瑞安 (环大罗山, 南联 L857);
 * we use the point where these three county boundaries meet (computed from the county polygons).
 */
export function daluoshan(ctx: BuildContext): [number, number] {
  const byCode = counties(ctx);
  const near = (a: string) => turf.buffer(byCode.get(a)!, 0.05, { units: 'kilometers' })!;
  const ab = turf.intersect(turf.featureCollection([near('330304'), near('330303')]));
  const abc = ab && turf.intersect(turf.featureCollection([ab, near('330381')]));
  if (!abc) throw new Error('瓯海, 龙湾 and 瑞安 do not meet');
  const [x, y] = turf.centroid(abc).geometry.coordinates as [number, number];
  return [round6(x), round6(y)];
}

const pt = (c: [number, number]): Point => ({ type: 'Point', coordinates: c });

// ---------------------------------------------------------------------------------------------
// Data tables (every row cites its seed lines; the build checks the quotes)
// ---------------------------------------------------------------------------------------------

const COUNTY_EN: Record<string, string> = {
  '330302': 'Lucheng',
  '330303': 'Longwan',
  '330304': 'Ouhai',
  '330305': 'Dongtou',
  '330324': 'Yongjia',
  '330326': 'Pingyang',
  '330327': 'Cangnan',
  '330328': 'Wencheng',
  '330329': 'Taishun',
  '330381': "Rui'an",
  '330382': 'Yueqing',
  '330383': 'Longgang',
};

interface ZoneRow {
  id: string;
  zone: 'main' | 'sub' | 'pole';
  name_zh: string;
  name_en: string;
  adcodes: string[];
  lines: string;
  text: string;
  inferred_note?: Bilingual;
}

const ZONES: ZoneRow[] = [
  {
    id: 'zone-main',
    zone: 'main',
    name_zh: '都市区主中心',
    name_en: 'Metropolitan main centre',
    adcodes: ['330302', '330303', '330304', '330305', '330381', '330382', '330324'],
    lines: 'L793',
    text: '做大做强都市区主中心。主动谋划、积极争取，大力度推进撤县（市）设区行政区划调整，着力构建由鹿城、龙湾、瓯海、洞头、瑞安、乐清、永嘉组成的都市区主中心，加快迈向以大罗山为中心的新时代，全面深化环山跨江面海协同融合发展。',
  },
  {
    id: 'zone-sub',
    zone: 'sub',
    name_zh: '南部副中心',
    name_en: 'Southern sub-centre',
    adcodes: ['330326', '330327', '330383'],
    lines: 'L795',
    text: '提升发展南部副中心。加快建设由平阳、苍南、龙港组成的都市区南部副中心，大力推进鳌江流域协同发展，更加重视重大交通基础设施规划建设，加强公共服务配套，强化分工合作、错位发展，深化产业融合、产城融合，加快县域经济向都市经济转型，不断提升副中心建设品位和水平。',
  },
  ...(['330328', '330329'] as const).map(
    (adcode): ZoneRow => ({
      id: adcode === '330328' ? 'zone-pole-wencheng' : 'zone-pole-taishun',
      zone: 'pole',
      name_zh: adcode === '330328' ? '文成' : '泰顺',
      name_en: `Western growth pole: ${COUNTY_EN[adcode]} (county context)`,
      adcodes: [adcode],
      lines: 'L797-L799',
      text: '培育西部两大发展极。积极培育以文成县城、泰顺县城为核心的西部两大发展极，完善西部交通路网布局，积极推进“小县大城”建设，加快推进一批全域旅游、休闲度假、康养体育、清洁能源等重大产业项目，打造生态优先绿色发展样板区。',
      inferred_note: {
        zh: '原文以县城（文成县城、泰顺县城，第797～799行）为两大发展极的核心，未给出范围：此处绘出全县范围作为背景，发展极本身以 members.geojson 中的县城点位表示。',
        en: 'The seed makes the county towns (文成县城、泰顺县城, L797-L799) the cores of the two poles and gives no extent: the whole county polygon is drawn as context; the pole itself is the county-town point in members.geojson.',
      },
    }),
  ),
];

interface MemberRow {
  key: string;
  zone: 'main' | 'sub' | 'pole';
  kind: 'county' | 'functional_area' | 'county_town';
  name_zh: string;
  name_en: string;
  adcode?: string;
  lines: string;
  text: string;
}

/** 专栏10 (L805-L845): each member and its positioning sentence, copied after “名称：”. */
const MEMBERS: MemberRow[] = [
  { key: 'lucheng', zone: 'main', kind: 'county', name_zh: '鹿城', name_en: 'Lucheng', adcode: '330302', lines: 'L809', text: '加快打造“一都三城五区”，高标建设世界鞋都、国际未来科技岛、历史文化名城、西部生态新城，争创全国领先、全省领跑的社会主义现代化先行区。' },
  { key: 'longwan', zone: 'main', kind: 'county', name_zh: '龙湾', name_en: 'Longwan', adcode: '330303', lines: 'L811', text: '深入实施“五个中心”战略，全域打造未来城区，建设浙南科创新城、温州产业新城、东部枢纽新城、国际开放新城、滨海幸福新城。' },
  { key: 'ouhai', zone: 'main', kind: 'county', name_zh: '瓯海', name_en: 'Ouhai', adcode: '330304', lines: 'L813', text: '加强“五地五区”建设，打造未来教育创新城区、医疗康养龙头城区、国际消费中心城区、整体智治标杆城区、生态人文幸福城区，建设更高水平的“科教新区、山水瓯海”。' },
  { key: 'jingkaiqu', zone: 'main', kind: 'functional_area', name_zh: '经开区', name_en: 'Wenzhou Economic and Technological Development Zone', lines: 'L815-L817', text: '建设“一区五高地”，打造温州东部新区重要核心区，建成创新驱动高地、开放合作高地、智能制造高地、海洋经济高地、产教融合高地。' },
  { key: 'oujiangkou', zone: 'main', kind: 'functional_area', name_zh: '瓯江口', name_en: 'Oujiangkou (Ou River mouth) area', lines: 'L819', text: '打造国家海洋经济发展示范区核心区，努力成为温州城市向东发展的重要增长极，争创全省一流的湾区经济大平台，建设宜业宜居的温州现代化新城区。' },
  { key: 'dongtou', zone: 'main', kind: 'county', name_zh: '洞头', name_en: 'Dongtou', adcode: '330305', lines: 'L821', text: '培育国家海洋经济发展示范区重要增长极，加快建设国际旅游岛、临港产业岛、生命健康岛、两岸同心岛、科技创新岛，打造“两山”实践和乡村振兴两大海岛样板，高质量建设海上花园。' },
  { key: 'ruian', zone: 'main', kind: 'county', name_zh: '瑞安', name_en: "Rui'an", adcode: '330381', lines: 'L823', text: '打造温州都市区主中心南部核心区、全省城人产融合发展示范区、长三角南翼创新智造集聚区、全国民营经济高质量发展样板区、共同富裕美丽幸福标杆区。建设都市瑞安、现代之城，青春瑞安、活力之城，数智瑞安、创新之城，开放瑞安、包容之城，幸福瑞安、宜居之城。' },
  { key: 'yueqing', zone: 'main', kind: 'county', name_zh: '乐清', name_en: 'Yueqing', adcode: '330382', lines: 'L825', text: '融入温州都市区，建设智造强市、港口大市、文旅名市、现代都市、幸福城市，打造国家新型城镇化建设示范区、长三角改革开放先行区、全省数字经济创新发展试验区、全域美丽大花园标杆区、县域治理现代化样板区。' },
  { key: 'yongjia', zone: 'main', kind: 'county', name_zh: '永嘉', name_en: 'Yongjia', adcode: '330324', lines: 'L827', text: '打造温州都市区主中心北部新城区，加快建设创新活力智城、交通枢纽重城、民营经济强城、文化旅游名城、幸福宜居绿城，努力成为改革开放新高地、乡村振兴示范区、县域治理样板地。' },
  { key: 'pingyang', zone: 'sub', kind: 'county', name_zh: '平阳', name_en: 'Pingyang', adcode: '330326', lines: 'L831', text: '协同打造温州都市区南部副中心，构建区域交通要地和现代服务业高地，建设温州南部时尚智造集聚区、文化发展重要引领示范区、平安建设重要标杆区。' },
  { key: 'cangnan', zone: 'sub', kind: 'county', name_zh: '苍南', name_en: 'Cangnan', adcode: '330327', lines: 'L833', text: '协同打造温州都市区南部副中心，加快建设新时代浙江美丽南大门、浙南闽东独具特色的滨海花园城市，努力成为现代新型产业成长地、华东山海沙滩旅游目的地、全国清洁能源发展示范地、浙闽协同发展先行地。' },
  { key: 'longgang', zone: 'sub', kind: 'county', name_zh: '龙港', name_en: 'Longgang', adcode: '330383', lines: 'L835', text: '协同打造温州都市区南部副中心，深入推进“一区五城”建设，奋力打造全国新型城镇化改革策源地、高质量发展新高地、基层治理样板区。' },
  { key: 'wencheng', zone: 'pole', kind: 'county_town', name_zh: '文成', name_en: 'Wencheng (county town)', adcode: '330328', lines: 'L839', text: '以“生态产业化、产业美丽化、美丽经济化”为主攻方向，打造国际化休闲旅游目的地、浙江大花园典型示范县、温州都市区西部重要增长极。' },
  { key: 'taishun', zone: 'pole', kind: 'county_town', name_zh: '泰顺', name_en: 'Taishun (county town)', adcode: '330329', lines: 'L841', text: '实施“生态立县、旅游兴县、产业强县”战略，打造全国生态文明建设示范地、华东康养文旅首选目的地、温州都市区西部重要增长极、浙闽边界合作发展先行区。' },
];

/** 专栏10 item 4 (L843-L845): the 16 城镇化节点, in the seed's order. */
const NODES: { name_zh: string; key: string }[] = [
  { name_zh: '大荆镇', key: 'dajing' },
  { name_zh: '雁荡镇', key: 'yandang' },
  { name_zh: '岩头镇', key: 'yantou' },
  { name_zh: '桥头镇', key: 'qiaotou' },
  { name_zh: '桥下镇', key: 'qiaoxia' },
  { name_zh: '藤桥镇', key: 'tengqiao' },
  { name_zh: '湖岭镇', key: 'huling' },
  { name_zh: '陶山镇', key: 'taoshan' },
  { name_zh: '马屿镇', key: 'mayu' },
  { name_zh: '高楼镇', key: 'gaolou' },
  { name_zh: '腾蛟镇', key: 'tengjiao' },
  { name_zh: '水头镇', key: 'shuitou' },
  { name_zh: '矾山镇', key: 'fanshan' },
  { name_zh: '马站镇', key: 'mazhan' },
  { name_zh: '珊溪镇', key: 'shanxi' },
  { name_zh: '雅阳镇', key: 'yayang' },
];
const NODE_TEXT =
  '加快打造一批城镇化节点。着力建设一批具有较强集聚承载能力的城镇，加强基础设施建设，提高公共服务水平，引导人口和产业集聚，发展成为统筹城乡发展的重要节点。';

interface DirectionRow {
  direction: 'east' | 'south' | 'west' | 'north';
  name_zh: string;
  name_en: string;
  lines: string;
  text: string;
  /** Where the arrow points, and why. */
  target: (ctx: BuildContext) => [number, number];
  target_zh: string;
  inferred_note: Bilingual;
}

const WEST_PLACES = ['双屿街道', '仰义街道', '藤桥镇', '山福镇', '郭溪街道', '瞿溪街道', '泽雅镇'];
const NORTH_PLACES: [string, string][] = [
  ['三江街道', '永嘉县'],
  ['柳市镇', '乐清市'],
  ['北白象镇', '乐清市'],
];

const DIRECTIONS: DirectionRow[] = [
  {
    direction: 'east',
    name_zh: '东拓',
    name_en: 'Expand east',
    lines: 'L853-L855',
    text: '以“东拓”打造东部核心增长极。按照国家级产城融合示范区、长三角先进制造集聚区和东南沿海科创示范区的定位，高起点规划、高标准建设温州东部新区，着力打造温州都市区最具活力的新兴增长极，努力建成生产总值超千亿、财政收入超一百三十亿、规上工业产出超一千三百亿的战略牵引平台。加强温州经开区、浙南科技城、空港新区等重点功能区建设，集聚人口、创新等核心资源，发展高新产业，促进产城融合、职住平衡。更高效发挥自创区、高新区等国家级平台的辐射带动作用，探索“政区合一、综合设置”等管理体制，打造科产城融合发展新样板。加快推进瓯江口产业集聚区与洞头区整合优化提升，进一步做强海洋经济、综合保税、跨境电商功能，全力推进瓯江口一期、大门海洋经济产业区块、洞头海岛旅游开发区块等建设，培育发展湾区经济，大力发展临港产业，加速港产城融合发展，努力建设成为浙南对外开放桥头堡、甬台温临港产业示范基地、温州都市区东拓主平台和国际旅游岛。围绕建设中国海洋生态文明示范区，积极推进瓯飞围垦空间科学开发利用，积极争取国家层面对瓯飞二期的政策支持，为温州长远发展预留战略空间。',
    target: (ctx) => station(ctx, '瓯江口'),
    target_zh: '瓯江口（S1瓯江口站）',
    inferred_note: {
      zh: '箭头自大罗山指向S1线瓯江口站，代表“温州都市区东拓主平台”瓯江口产业集聚区（第855行）；原文未给出几何信息。',
      en: 'Arrow drawn from 大罗山 to the S1 station 瓯江口, standing for 瓯江口产业集聚区, 温州都市区东拓主平台 (L855); the seed gives no geometry.',
    },
  },
  {
    direction: 'south',
    name_zh: '南联',
    name_en: "Link south (Wenzhou–Rui'an integration)",
    lines: 'L857',
    text: '以“南联”推动温瑞全面融合发展。进一步强化“温州主城区与瑞安高水平一体化”的理念，支持瑞安打造环大罗山发展的温州都市区主中心南部核心区，推动瑞安县域能级向都市跃迁。加快温瑞之间南北向快速通道建设，优化基础设施和公共服务设施布局，对重大基础设施项目统一规划、统一建设，提升城市能级，共筑头部城市。合理分担温州中心城区的金融商务、高端医疗、科创服务、跨境电商、文化创意等功能，打造都市区向南辐射的枢纽节点。',
    target: (ctx) => seatPoint(ctx, '330381'),
    target_zh: '瑞安（县级政府驻地）',
    inferred_note: {
      zh: '箭头自大罗山指向瑞安市驻地（该段论述瑞安，第857行）；原文未给出几何信息。',
      en: 'Arrow drawn from 大罗山 to the 瑞安市 seat (the paragraph is about 瑞安, L857); the seed gives no geometry.',
    },
  },
  {
    direction: 'west',
    name_zh: '西优',
    name_en: 'Upgrade the west',
    lines: 'L859-L861',
    text: '以“西优”提升市区西部城市功能。统筹市区西部双屿、丰门、仰义、藤桥、山福、郭溪、瞿溪、泽雅等地发展。实施市区西部城市有机更新千亿投资工程，加快市政设施、公共服务提升和西部交通路网与市中心区域的互联互通，推进中国鞋都扩容提质、温州鹿城西部多式联运枢纽、泽雅全域旅游等一批带动力强的重大项目，高品质建设西部生态新城，培育高端商住、时尚消费、休闲度假、文化旅游、康养服务等核心功能，打造“温商故里·智创新城”城市新地标和温州西部近郊旅游度假区，建成温州都市区向西辐射的重要支撑点。',
    target: (ctx) => mean(WEST_PLACES.map((n) => town(ctx, n).coordinates)),
    target_zh: '双屿、仰义、藤桥、山福、郭溪、瞿溪、泽雅（中心点）',
    inferred_note: {
      zh: '箭头自大罗山指向第859行所列地点的乡镇（街道）点位平均位置（双屿、仰义、藤桥、山福、郭溪、瞿溪、泽雅；丰门在数据集中无点位）。',
      en: 'Arrow drawn from 大罗山 to the mean of the town points of the places named at L859 (双屿、仰义、藤桥、山福、郭溪、瞿溪、泽雅; 丰门 has no point in the dataset).',
    },
  },
  {
    direction: 'north',
    name_zh: '北跨',
    name_en: 'Cross the Ou River northwards',
    lines: 'L863',
    text: '以“北跨”加快推进拥江发展。加强瓯江两岸统筹规划和协调开发，抓紧谋划实施瓯江南岸连接永嘉、乐清的轨道交通、市政桥梁和快速过江通道，提高公共服务同城化水平。高标准建设瓯江北岸城市核心区、三江片和柳白片区，做大做强城市经济，提升城市服务功能，推动协同开发，带动永嘉、乐清主城区向南融合发展。整合提升瓯江两岸时尚智造产业，整体打造瓯江两岸风景名胜区，推进滨江商务区功能向三江片、七都、上江片延伸，共建产城融合带、生态休闲带、文旅景观带，匠心打造“拥江开发、跨江发展”升级版的“诗画瓯江”。',
    target: (ctx) => mean(NORTH_PLACES.map(([n, c]) => town(ctx, n, c).coordinates)),
    target_zh: '瓯江北岸：三江片、柳白片区（中心点）',
    inferred_note: {
      zh: '箭头自大罗山跨瓯江指向三江街道（三江片）、柳市镇和北白象镇的平均位置（后两者视作柳白片区，第863行；“柳白”的全称属源文件以外的常识）。',
      en: 'Arrow drawn from 大罗山 across the 瓯江 to the mean of 三江街道 (三江片), 柳市镇 and 北白象镇 (taken as the 柳白片区, L863 — the expansion of 柳白 is outside knowledge).',
    },
  },
];

/** members.geojson: the two pole members are county towns, drawn at the county seat. */
const COUNTY_TOWN_POINT_NOTE: Bilingual = {
  zh: '点位为县级政府驻地（county-seats.geojson），代表第797～799行所述作为发展极核心的县城。',
  en: 'Point = county seat (county-seats.geojson), standing for the 县城 that L797-L799 name as the core of the pole.',
};

// ---------------------------------------------------------------------------------------------
// The step
// ---------------------------------------------------------------------------------------------

export const buildStructure: BuildStep = (ctx) => {
  const src = { source_doc: SEED_001 };

  const zones = ZONES.map((z) =>
    planFeature(ctx, dissolve(ctx, z.adcodes), {
      id: z.id,
      zone: z.zone,
      name_zh: z.name_zh,
      name_en: z.name_en,
      member_adcodes: z.adcodes.join(','),
      text_zh: z.text,
      ...src,
      source_lines: z.lines,
      geometry_quality: 'derived',
      geometry_source: 'vonng-adcode-fences',
      inferred: z.inferred_note ? true : undefined,
      ...bilingual('inferred_note', z.inferred_note),
    }),
  );

  const functionalPoint: Record<string, { coords: [number, number]; note: Bilingual }> = {
    jingkaiqu: {
      coords: station(ctx, '沙城'),
      note: {
        zh: '专栏10未给出经开区位置。点位取S2线沙城站，位于沙城街道，该街道由经开区管理（属源文件以外的常识，源文件未载）。',
        en: '专栏10 gives no location for 经开区. Placed at the S2 station 沙城, in 沙城街道, which the 经开区 administers (outside knowledge, not in the seeds).',
      },
    },
    oujiangkou: {
      coords: station(ctx, '瓯江口'),
      note: {
        zh: '专栏10未给出瓯江口位置。点位取S1线瓯江口站，位于灵昆以东的瓯江口新陆域（依据为站名；该区域范围源文件未载）。',
        en: '专栏10 gives no location for 瓯江口. Placed at the S1 station named 瓯江口, on the 瓯江口 new land east of 灵昆 (the station name is the evidence; the extent of the area is not in the seeds).',
      },
    },
  };

  const members = MEMBERS.map((m) => {
    const fa = functionalPoint[m.key];
    const coords = fa ? fa.coords : seatPoint(ctx, m.adcode!);
    return planFeature(ctx, pt(coords), {
      id: `member-${m.key}`,
      zone: m.zone,
      member_kind: m.kind,
      name_zh: m.name_zh,
      name_en: m.name_en,
      adcode: m.adcode,
      text_zh: m.text,
      ...src,
      source_lines: m.lines,
      geometry_quality: fa ? 'derived' : 'surveyed',
      geometry_source: fa ? STATION_SOURCE : 'vonng-adcode-towns',
      inferred: fa ? true : undefined,
      ...bilingual('inferred_note', fa?.note),
      ...bilingual('point_note', m.kind === 'county_town' ? COUNTY_TOWN_POINT_NOTE : undefined),
    });
  });

  const nodes = NODES.map((n) => {
    const t = town(ctx, n.name_zh);
    return planFeature(ctx, pt(t.coordinates), {
      id: `node-${n.key}`,
      name_zh: n.name_zh,
      name_en: `${n.key.charAt(0).toUpperCase()}${n.key.slice(1)} Town`,
      county_adcode: t.county_adcode,
      county_zh: t.county,
      text_zh: NODE_TEXT,
      ...src,
      source_lines: 'L801,L843-L845',
      geometry_quality: 'surveyed',
      geometry_source: 'vonng-adcode-towns',
    });
  });

  const centre = daluoshan(ctx);
  const directions: PlanFeature[] = [
    planFeature(ctx, pt(centre), {
      id: 'centre-daluoshan',
      name_zh: '大罗山',
      name_en: 'Daluo Mountain (centre of the metropolitan area)',
      role: 'centre',
      text_zh:
        '围绕城市客厅的核心定位，实质性全面启动大罗山保护和开发，加快理顺大罗山管理体制，推进大罗山和三垟湿地一体化建设，实施大罗山生态修复、村庄搬迁、设施提升和景区整合等行动，实行核心区、协调区、联动区分层级分梯度保护开发建设，努力打造产城、科城、景城融合共兴的中心和地标。',
      ...src,
      source_lines: 'L776,L793,L849-L851',
      geometry_quality: 'schematic',
      geometry_source: 'vonng-adcode-fences',
      inferred: true,
      ...bilingual('inferred_note', {
        zh: '各数据集均无大罗山。点位取瓯海、龙湾、瑞安三地边界交汇处（由县级行政区面计算）：各源文件将大罗山置于主中心的中心，并称瑞安“环大罗山”（第857行）；大罗山山体横跨这三个区（市）属源文件以外的常识。',
        en: 'No dataset has 大罗山. The point is where the 瓯海, 龙湾 and 瑞安 boundaries meet (computed from the county polygons): the seeds put 大罗山 at the centre of the main centre and 瑞安 “环大罗山” (L857); that the massif straddles these three districts is outside knowledge.',
      }),
    }),
    ...DIRECTIONS.map((d) => {
      const line: LineString = { type: 'LineString', coordinates: [centre, d.target(ctx)] };
      return planFeature(ctx, line, {
        id: `direction-${d.direction}`,
        name_zh: d.name_zh,
        name_en: d.name_en,
        role: 'direction',
        direction: d.direction,
        target_zh: d.target_zh,
        text_zh: d.text,
        ...src,
        source_lines: d.lines,
        geometry_quality: 'schematic',
        inferred: true,
        ...bilingual('inferred_note', d.inferred_note),
      });
    }),
  ];

  return {
    'structure/zones.geojson': collection(zones),
    'structure/members.geojson': collection(members),
    'structure/nodes.geojson': collection(nodes),
    'structure/directions.geojson': collection(directions),
  };
};
