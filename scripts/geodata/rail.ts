/**
 * Rail transit layers: geodata/rail/stations.geojson, rail/lines.geojson, rail/tod.geojson.
 *
 * Geometry comes only from real station coordinates in ../shared/research/geodata-sources/stations.csv
 * (see stations-census.md there): S1/S2 points from a copy of Amap's subway data (GCJ-02 → WGS-84 with
 * gcoord), national stations from the heywhale station data set (its own WGS-84 columns, kept as they
 * are), the airport from its zh.wikipedia infobox (WGS-84). Lines are straight segments through their
 * real stations in order (`derived`); a line, station or TOD site without a sourced coordinate is not
 * drawn: it is listed in RAIL_UNPLACED with the reason.
 *
 * Every seed citation below is checked at build time: the quoted name or text must occur in the cited
 * lines of the seed (ignoring whitespace and the `**` bold markers of the PDF conversion), else the
 * step throws.
 *
 * Free-text notes (coord_note, fact_source, geometry_note, inferred_note, seed_004_note) are written in
 * Chinese and English as `<key>_zh` + `<key>_en` (see `bilingual` in structure.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { pointToWgs84, round6, type BuildContext, type BuildStep } from '../lib/geo';
import { bilingual, type Bilingual } from './structure';

// ---------- dataset ids (to be registered in geodata/sources.json) ----------

/** Amap subway-map data copy: GitHub MDJHX2018/china-metro-visualization data/cities/wenzhou.json @284f913. GCJ-02. */
export const DS_METRO = 'amap-metro-stations';
/** heywhale cnstation.csv via GitHub listenzcc/China-rail-way-stations-data src/station.csv @fb1b147. WGS-84 columns of the data set. */
export const DS_NATIONAL = 'rail-stations-heywhale';
/** zh.wikipedia infobox coordinates (温州龙湾国际机场). WGS-84. */
export const DS_WIKI = 'zhwiki-infobox-coords';

const SEED_001 = '001_e6b0caea5896a948.txt';
const SEED_000 = '000_39aae25165625594.txt';
const SEED_003 = '003_afccd65f9a195b93.txt';
const SEED_004 = '004_dbc3e92580ef39c9.txt';

/** A seed citation: `check` (default: the quoted name/text) must occur in `lines` of `doc`. */
interface SeedRef {
  doc: string;
  lines: string;
  check: string;
}

// ---------- data tables ----------

type LineId = 'S1' | 'S2' | 'ningtaiwen' | 'wenfu' | 'hangwen' | 'jinwen';

interface MetroStationRow {
  /** Key in stations.csv (Amap name, without 站). */
  key: string;
  name_en: string;
  /** Seed passage that names this station, if any. */
  seed?: SeedRef;
}

/** S1, west → east: order and names as in the 2017 naming notice and the Amap data (stations-census.md §1.3). */
const S1: MetroStationRow[] = [
  { key: '桐岭', name_en: 'Tongling' },
  { key: '潘桥', name_en: 'Panqiao' },
  { key: '动车南', name_en: 'Dongchenan (Wenzhou South Railway Station)' },
  { key: '新桥', name_en: 'Xinqiao' },
  { key: '德政', name_en: 'Dezheng' },
  { key: '龙霞路', name_en: 'Longxia Road' },
  // 001 L867 names the centre TOD block “温州站-惠民路站”.
  { key: '惠民路', name_en: 'Huimin Road', seed: { doc: SEED_001, lines: 'L867', check: '惠民路站' } },
  { key: '三垟湿地', name_en: 'Sanyang Wetland' },
  { key: '龙腾路', name_en: 'Longteng Road' },
  { key: '科技城', name_en: 'Science and Technology City' },
  { key: '瑶溪', name_en: 'Yaoxi' },
  { key: '奥体中心', name_en: 'Olympic Sports Centre' },
  { key: '永中', name_en: 'Yongzhong' },
  { key: '机场', name_en: 'Airport' },
  // 001 L867 names “灵昆站” as a centre TOD block.
  { key: '灵昆', name_en: 'Lingkun', seed: { doc: SEED_001, lines: 'L867', check: '灵昆站' } },
  { key: '瓯江口', name_en: 'Oujiangkou' },
  { key: '瓯华', name_en: 'Ouhua' },
  { key: '双瓯大道', name_en: "Shuang'ou Avenue" },
];

/** S2 phase 1, north → south (2023 naming notice; Amap data). 灵昆 and 机场 are the S1 stations. */
const S2: MetroStationRow[] = [
  { key: '清东路', name_en: 'Qingdong Road' },
  { key: '旭阳路', name_en: 'Xuyang Road' },
  { key: '万岙', name_en: "Wan'ao" },
  { key: '盐盆', name_en: 'Yanpen' },
  { key: '新望', name_en: 'Xinwang' },
  { key: '翁垟', name_en: 'Wengyang' },
  { key: '柳市东', name_en: 'Liushi East' },
  { key: '灵昆', name_en: 'Lingkun' },
  { key: '机场', name_en: 'Airport' },
  { key: '永兴', name_en: 'Yongxing' },
  { key: '沙城', name_en: 'Shacheng' },
  { key: '天河', name_en: 'Tianhe' },
  { key: '海城', name_en: 'Haicheng' },
  { key: '鲍田', name_en: 'Baotian' },
  { key: '大典下', name_en: 'Dadianxia' },
  { key: '汀田', name_en: 'Tingtian' },
  { key: '莘塍', name_en: 'Xincheng' },
  { key: '上望', name_en: 'Shangwang' },
  { key: '上东路', name_en: 'Shangdong Road' },
  { key: '东山', name_en: 'Dongshan' },
];

interface NationalStationRow {
  key: string;
  id: string;
  name_zh: string;
  name_en: string;
  /** Lines served, with the station's order among the placed-or-unplaced Wenzhou stations of that line. */
  lines: [LineId, number][];
  is_hub: boolean;
  seed?: SeedRef;
  /** Verbatim seed sentence about the station or its hub. */
  text?: SeedRef;
  former_name_zh?: string;
  coord_note?: Bilingual;
}

/**
 * National stations in Wenzhou with coordinates (stations.csv, heywhale rows). Orders run in the
 * line's direction inside Wenzhou: 甬台温 north → south (宁波 → 温州南), 温福 温州南 → south, 杭温
 * 楠溪江 (1, no coordinate) → 温州北 → 温州南.
 */
const NATIONAL: NationalStationRow[] = [
  { key: '雁荡山', id: 'rail-yandangshan', name_zh: '雁荡山站', name_en: 'Yandangshan', lines: [['ningtaiwen', 1]], is_hub: false },
  {
    key: '乐清东', id: 'rail-yueqingdong', name_zh: '乐清东站', name_en: 'Yueqing East', lines: [['ningtaiwen', 2]], is_hub: false,
    former_name_zh: '绅坊站',
    coord_note: {
      zh: '数据集中该记录名为绅坊（石帆街道绅坊村）；更名为乐清东的时间各来源均未注明',
      en: 'dataset record is named 绅坊 (石帆街道绅坊村); the rename to 乐清东 is not dated in the sources',
    },
  },
  {
    key: '乐清', id: 'rail-yueqing', name_zh: '乐清站', name_en: 'Yueqing', lines: [['ningtaiwen', 3]], is_hub: false,
    seed: { doc: SEED_001, lines: 'L1001', check: '铁路乐清站枢纽' },
    text: { doc: SEED_001, lines: 'L1017', check: '推进铁路乐清站枢纽、瑞安车站枢纽、鳌江流域副中心交通枢纽等研究项目' },
  },
  {
    key: '温州北', id: 'rail-wenzhoubei', name_zh: '温州北站', name_en: 'Wenzhou North', lines: [['ningtaiwen', 4], ['hangwen', 2]], is_hub: true,
    seed: { doc: SEED_001, lines: 'L865,L1001,L1017', check: '温州北站' },
    text: { doc: SEED_001, lines: 'L1017', check: '建成温州北站综合交通枢纽' },
    former_name_zh: '永嘉站',
    coord_note: {
      zh: '数据集中该记录为原永嘉站（黄田街道千石村），该站于2021年9月15日停用，2024年9月6日以温州北站之名重新启用，新站房位于南侧：点位在线路上，但可能偏离新站房',
      en: 'dataset record is the old 永嘉站 (黄田街道千石村), closed 2021-09-15 and reopened as 温州北 2024-09-06 with a new building on the south side: the point is on the tracks but may be off the new building',
    },
  },
  {
    key: '温州南', id: 'rail-wenzhounan', name_zh: '温州南站', name_en: 'Wenzhou South', lines: [['ningtaiwen', 5], ['wenfu', 1], ['hangwen', 3]], is_hub: true,
    seed: { doc: SEED_001, lines: 'L865,L1001', check: '温州南站' },
    text: { doc: SEED_001, lines: 'L1001', check: '加快铁路南站枢纽扩能改造' },
  },
  {
    key: '温州', id: 'rail-wenzhou', name_zh: '温州站', name_en: 'Wenzhou', lines: [['jinwen', 1]], is_hub: false,
    seed: { doc: SEED_001, lines: 'L867,L1017', check: '温州站' },
    text: { doc: SEED_001, lines: 'L1017', check: '推进金温铁路温州站至温州西站段功能还建' },
  },
  { key: '瑞安', id: 'rail-ruian', name_zh: '瑞安站', name_en: "Rui'an", lines: [['wenfu', 2]], is_hub: false },
  {
    key: '平阳', id: 'rail-pingyang', name_zh: '平阳站', name_en: 'Pingyang', lines: [['wenfu', 3]], is_hub: false,
    former_name_zh: '鳌江站',
    coord_note: {
      zh: '数据集中该记录名为鳌江（鳌江镇西塘村），2022年更名为平阳站',
      en: 'dataset record is named 鳌江 (鳌江镇西塘村), renamed 平阳站 in 2022',
    },
  },
  { key: '苍南', id: 'rail-cangnan', name_zh: '苍南站', name_en: 'Cangnan', lines: [['wenfu', 4]], is_hub: false },
];

interface LineRow {
  line_id: LineId;
  id: string;
  name_zh: string;
  name_en: string;
  line_kind: 'shiyu' | 'metro' | 'national';
  status: 'operating' | 'under_construction' | 'planned';
  color: string;
  /** Seed passage that names the line (and its status); absent when no seed names it. */
  seed?: SeedRef;
  status_zh?: SeedRef;
  opened_year?: number;
  length_km?: number;
  /** Where opened_year / length_km / status come from (stations-census.md §2 and its sources). */
  fact_source: Bilingual;
  inferred_note?: Bilingual;
}

const LINES: LineRow[] = [
  {
    line_id: 'S1', id: 'line-s1', name_zh: '市域铁路S1线', name_en: 'Wenzhou Rail Transit Line S1', line_kind: 'shiyu', status: 'operating',
    color: '#027CFF',
    // The only seed mention of S1: 003 L1105-L1107 “做好市域铁路S1、S2线站点综合开发”.
    seed: { doc: SEED_003, lines: 'L1105-L1107', check: '市域铁路S1、S2线站点综合开发' },
    opened_year: 2019, length_km: 53.5,
    fact_source: {
      zh: 'stations-census.md §2：西段桐岭—奥体中心于2019年1月23日开通，东段奥体中心—双瓯大道于2019年9月28日开通（en.wikipedia Line S1；urbanrail.de）；全长53.5公里，设18座车站（english.wenzhou.gov.cn 2018年9月29日）。线路颜色取自高德地铁数据（#027CFF）',
      en: 'stations-census.md §2: west section 桐岭–奥体中心 opened 2019-01-23, east section 奥体中心–双瓯大道 2019-09-28 (en.wikipedia Line S1; urbanrail.de); 53.5 km, 18 stations (english.wenzhou.gov.cn 2018-09-29). Colour from the Amap subway data (#027CFF)',
    },
  },
  {
    line_id: 'S2', id: 'line-s2', name_zh: '市域铁路S2线一期', name_en: 'Wenzhou Rail Transit Line S2 (phase 1)', line_kind: 'shiyu', status: 'operating',
    color: '#E3002A',
    seed: { doc: SEED_001, lines: 'L989,L1009', check: '市域铁路S2线一期' },
    status_zh: { doc: SEED_001, lines: 'L989', check: '建成市域铁路 S2 线一期' },
    opened_year: 2023, length_km: 63.63,
    fact_source: {
      zh: 'stations-census.md §2：一期清东路—东山于2023年8月26日开通，全长63.63公里，设20座车站（光明日报 2023年8月27日；China Daily 2023年8月29日；zh.wikipedia“机场站”）。2021年的原文仍写作“建成”（即尚待建成）。线路颜色取自高德地铁数据（#E3002A）',
      en: 'stations-census.md §2: phase 1 清东路–东山 opened 2023-08-26, 63.63 km, 20 stations (光明日报 2023-08-27; China Daily 2023-08-29; zh.wikipedia 机场站). The 2021 seed still says 建成 (to be completed). Colour from the Amap subway data (#E3002A)',
    },
  },
  {
    line_id: 'ningtaiwen', id: 'line-ningtaiwen', name_zh: '甬台温铁路', name_en: 'Ningbo–Taizhou–Wenzhou Railway', line_kind: 'national', status: 'operating',
    color: '#7B3FA0', opened_year: 2009,
    fact_source: {
      zh: 'stations-census.md §2：2005年10月27日开工，2009年9月28日开通（cnnb.com.cn 2005年10月28日；zjol.com.cn 2009年9月19日）。属杭深线的一部分。各源文件均未提及这条既有线路',
      en: 'stations-census.md §2: construction 2005-10-27, opened 2009-09-28 (cnnb.com.cn 2005-10-28; zjol.com.cn 2009-09-19). Part of the 杭深线. No seed names the existing line',
    },
    inferred_note: {
      zh: '仅绘出温州境内区段（雁荡山—温州南）；站间以直线连接，并非实际线路走向',
      en: 'only the section inside Wenzhou is drawn (雁荡山–温州南); straight segments between stations, not the track alignment',
    },
  },
  {
    line_id: 'wenfu', id: 'line-wenfu', name_zh: '温福铁路', name_en: 'Wenzhou–Fuzhou Railway', line_kind: 'national', status: 'operating',
    color: '#1B8A6B', opened_year: 2009,
    fact_source: {
      zh: 'stations-census.md §2：2009年9月28日开通（zh.wikipedia“苍南站”）。属杭深线的一部分。各源文件均未提及这条既有线路（源文件中的“温福高铁”是规划中的新线）',
      en: 'stations-census.md §2: opened 2009-09-28 (zh.wikipedia 苍南站). Part of the 杭深线. No seed names the existing line (the seeds\' 温福高铁 is the new, planned line)',
    },
    inferred_note: {
      zh: '仅绘出温州境内区段（温州南—苍南）；站间以直线连接，并非实际线路走向',
      en: 'only the section inside Wenzhou is drawn (温州南–苍南); straight segments between stations, not the track alignment',
    },
  },
  {
    line_id: 'hangwen', id: 'line-hangwen', name_zh: '杭温高铁', name_en: 'Hangzhou–Wenzhou High-Speed Railway', line_kind: 'national', status: 'operating',
    color: '#D35400',
    seed: { doc: SEED_001, lines: 'L989,L1007', check: '杭温高铁' },
    status_zh: { doc: SEED_001, lines: 'L989', check: '加快建成杭温高铁' },
    opened_year: 2024,
    fact_source: {
      zh: 'stations-census.md §2：2024年9月6日开通；温州境内车站为楠溪江（新建）、温州北（改建）、温州南（Railway Gazette 2024年9月20日；澎湃新闻 2024年9月5日）',
      en: 'stations-census.md §2: opened 2024-09-06; Wenzhou stations 楠溪江 (new), 温州北 (rebuilt), 温州南 (Railway Gazette 2024-09-20; 澎湃新闻 2024-09-05)',
    },
    inferred_note: {
      zh: '仅绘出温州北—温州南段：楠溪江站（该线在温州境内的第一站）在各来源中均无坐标，故温州北以北区段缺失；以直线连接，并非实际线路走向',
      en: 'only 温州北–温州南 is drawn: 楠溪江站 (the line\'s first station in Wenzhou) has no coordinate in any source, so the section north of 温州北 is missing; straight segment, not the track alignment',
    },
  },
];

type TodKind = 'new_town' | 'depot_community' | 'centre_block';

interface TodRow {
  id: string;
  name_zh: string;
  name_en: string;
  tod_kind: TodKind;
  lines: string;
  /** Station feature ids whose coordinates place the site (one: at the station; two: midpoint). Absent → unplaced. */
  anchors?: string[];
  unplaced_reason?: string;
  inferred_note?: Bilingual;
  /** The counterpart in 004's 2022 list (L1293-L1303), where there is one. */
  seed004?: { name: string; lines: string; match_note?: Bilingual };
}

const TOD_TEXT: Record<TodKind, SeedRef> = {
  new_town: { doc: SEED_001, lines: 'L865', check: '聚焦综合交通枢纽开发，打造温州北站、温州东站和温州南站（西部）3 个 TOD 新城' },
  depot_community: {
    doc: SEED_001, lines: 'L865-L867',
    check: '结合车辆段上盖开发，打造永嘉车辆段、丽岙车辆段、灵昆车辆段、汀田车辆段、仰义车辆段、杭温动车所等 6 个 TOD 社区',
  },
  centre_block: {
    doc: SEED_001, lines: 'L867',
    check: '突出城市关键节点开发，打造温州站-惠民路站、罗浮-龙桥站、中山公园-学院西路站、上蔡-附一医院站、双屿客运站-鹿城工业区站、CBD-会展中心站、灵昆站、温州站迁建、瑞安人民路站等 9 个城市中心 TOD 板块',
  },
};

/** Written on every line feature. */
const LINE_GEOMETRY_NOTE: Bilingual = {
  zh: '按顺序以直线连接该线各站；并非实际线路走向',
  en: 'straight segments through the line\'s stations in order; not the track alignment',
};

/** seed_004_note of the TOD new towns, which have no counterpart in 004. */
const NO_NEW_TOWNS_IN_004: Bilingual = {
  zh: '004（第1293～1303行）只列出TOD社区和城市中心TOD板块，未列出3个TOD新城',
  en: '004 (L1293-L1303) lists TOD communities and centres only, not the 3 new towns',
};

const NO_DEPOT = 'no source gives a coordinate or an address for the depot; the depot is not a station, so it is not placed at the station of the same name';
const NO_M_STATIONS = 'the stations are on planned M lines (or not on S1/S2); no station list or coordinate exists in any source';

/** TOD “369 示范工程”, 001 L865-L867, in the seed's order. */
const TOD: TodRow[] = [
  { id: 'tod-new-town-wenzhoubei', name_zh: '温州北站', name_en: 'Wenzhou North Station TOD new town', tod_kind: 'new_town', lines: 'L865', anchors: ['rail-wenzhoubei'],
    inferred_note: {
      zh: '点位取温州北站车站点位（为原永嘉站记录，详见该车站）；原文未给出范围',
      en: 'placed at the 温州北站 station point (old 永嘉站 record, see the station); the seed gives no extent',
    },
  },
  { id: 'tod-new-town-wenzhoudong', name_zh: '温州东站', name_en: 'Wenzhou East Station TOD new town', tod_kind: 'new_town', lines: 'L865',
    unplaced_reason: '温州东站 is a planned station (new 温福高铁) with no coordinate in any source' },
  { id: 'tod-new-town-wenzhounan', name_zh: '温州南站（西部）', name_en: 'Wenzhou South Station (west) TOD new town', tod_kind: 'new_town', lines: 'L865', anchors: ['rail-wenzhounan'],
    inferred_note: {
      zh: '点位取温州南站车站点位；原文未对“（西部）”作进一步定位，也未给出范围',
      en: 'placed at the 温州南站 station point; “（西部）” is not located further by the seed and the extent is not given',
    },
  },
  { id: 'tod-depot-yongjia', name_zh: '永嘉车辆段', name_en: 'Yongjia depot TOD community', tod_kind: 'depot_community', lines: 'L865-L867', unplaced_reason: NO_DEPOT,
    seed004: { name: '永嘉车场', lines: 'L1297' } },
  { id: 'tod-depot-liao', name_zh: '丽岙车辆段', name_en: "Li'ao depot TOD community", tod_kind: 'depot_community', lines: 'L867', unplaced_reason: NO_DEPOT,
    seed004: { name: '丽岙车场', lines: 'L1297' } },
  { id: 'tod-depot-lingkun', name_zh: '灵昆车辆段', name_en: 'Lingkun depot TOD community', tod_kind: 'depot_community', lines: 'L867', unplaced_reason: NO_DEPOT,
    seed004: { name: '灵昆车场', lines: 'L1297' } },
  { id: 'tod-depot-tingtian', name_zh: '汀田车辆段', name_en: 'Tingtian depot TOD community', tod_kind: 'depot_community', lines: 'L867', unplaced_reason: NO_DEPOT,
    seed004: { name: '汀田车场', lines: 'L1297' } },
  { id: 'tod-depot-yangyi', name_zh: '仰义车辆段', name_en: 'Yangyi depot TOD community', tod_kind: 'depot_community', lines: 'L867', unplaced_reason: NO_DEPOT,
    seed004: { name: '仰义车场', lines: 'L1297' } },
  { id: 'tod-depot-hangwen-emu', name_zh: '杭温动车所', name_en: 'Hangzhou–Wenzhou EMU depot TOD community', tod_kind: 'depot_community', lines: 'L867', unplaced_reason: NO_DEPOT,
    seed004: { name: '温州南站动车场', lines: 'L1297', match_note: { zh: '按其在名单中的位次（第6个车辆段）对应；各源文件未说明二者为同一处', en: 'matched by its place in the list (6th depot); the seeds do not say they are the same site' } } },
  { id: 'tod-centre-wenzhou-huiminlu', name_zh: '温州站-惠民路站', name_en: 'Wenzhou Station – Huimin Road Station TOD centre', tod_kind: 'centre_block', lines: 'L867',
    anchors: ['rail-wenzhou', 's1-station-07'],
    inferred_note: {
      zh: '点位取温州站（国铁）与S1线惠民路站（两站相距约1.2公里）的中点；原文列出这两座车站，但未给出范围',
      en: 'placed at the midpoint of 温州站 (national) and S1 惠民路站 (about 1.2 km apart); the seed names the two stations but gives no extent',
    },
    seed004: { name: '温州站-惠民路站', lines: 'L1299' } },
  { id: 'tod-centre-luofu-longqiao', name_zh: '罗浮-龙桥站', name_en: 'Luofu – Longqiao Station TOD centre', tod_kind: 'centre_block', lines: 'L867', unplaced_reason: NO_M_STATIONS,
    seed004: { name: '罗浮-龙桥站', lines: 'L1299' } },
  { id: 'tod-centre-zhongshan-xueyuanxilu', name_zh: '中山公园-学院西路站', name_en: 'Zhongshan Park – Xueyuan West Road Station TOD centre', tod_kind: 'centre_block', lines: 'L867', unplaced_reason: NO_M_STATIONS,
    seed004: { name: '中山公园-学院西路站', lines: 'L1299' } },
  { id: 'tod-centre-shangcai-fuyi', name_zh: '上蔡-附一医院站', name_en: 'Shangcai – First Affiliated Hospital Station TOD centre', tod_kind: 'centre_block', lines: 'L867', unplaced_reason: NO_M_STATIONS,
    seed004: { name: '上蔡-附一医院站', lines: 'L1301' } },
  { id: 'tod-centre-shuangyu-luchenggongye', name_zh: '双屿客运站-鹿城工业区站', name_en: 'Shuangyu Bus Station – Lucheng Industrial Zone Station TOD centre', tod_kind: 'centre_block', lines: 'L867', unplaced_reason: NO_M_STATIONS,
    seed004: { name: '双屿客运站-鹿城工业区站', lines: 'L1301' } },
  { id: 'tod-centre-cbd-huizhan', name_zh: 'CBD-会展中心站', name_en: 'CBD – Exhibition Centre Station TOD centre', tod_kind: 'centre_block', lines: 'L867', unplaced_reason: NO_M_STATIONS,
    seed004: { name: 'CBD-会展中心站', lines: 'L1301' } },
  { id: 'tod-centre-lingkun', name_zh: '灵昆站', name_en: 'Lingkun Station TOD centre', tod_kind: 'centre_block', lines: 'L867', anchors: ['s1-station-15'],
    seed004: { name: '灵昆站', lines: 'L1301' } },
  { id: 'tod-centre-wenzhou-relocation', name_zh: '温州站迁建', name_en: 'Relocated Wenzhou Station TOD centre', tod_kind: 'centre_block', lines: 'L867',
    unplaced_reason: 'the site of the relocated 温州站 is not given in any source (placing it at the present 温州站 would be wrong)',
    seed004: { name: '温州西站', lines: 'L1299', match_note: { zh: '001列“温州站迁建”之处，004列为“温州西站”；系以排除法对应，原文并未说明。温州西站（货运站，位于新桥）在各来源中同样无坐标', en: '004 lists 温州西站 where 001 lists 温州站迁建; matched by elimination, not stated. 温州西站 (freight, 新桥) has no coordinate in the sources either' } } },
  { id: 'tod-centre-ruian-renminlu', name_zh: '瑞安人民路站', name_en: "Rui'an Renmin Road Station TOD centre", tod_kind: 'centre_block', lines: 'L867',
    unplaced_reason: 'there is no 人民路 station on S1 or S2 (probably a planned S3 station); no coordinate in any source',
    seed004: { name: '人民路站', lines: 'L1301' } },
];

/** Things the seeds name that are not drawn, with the reason (reported by the runner; not written to geodata). */
export interface Unplaced {
  layer: 'stations' | 'lines' | 'tod';
  name_zh: string;
  source_doc: string;
  source_lines?: string;
  /** Checked against the seed at build time (defaults to name_zh). */
  check?: string;
  reason: string;
}

export const RAIL_UNPLACED: Unplaced[] = [
  { layer: 'stations', name_zh: '温州东站', source_doc: SEED_001, source_lines: 'L865,L1001', reason: 'planned hub (new 温福高铁, under construction since 2025-09-29); no coordinate in any source; 003 L622-L626 only says it is part of the 东部综合交通枢纽 with the airport' },
  { layer: 'stations', name_zh: '瑞安东站', source_doc: SEED_001, source_lines: 'L1001', reason: '谋划建设 hub; no coordinate in any source' },
  { layer: 'stations', name_zh: '温州西站', source_doc: SEED_001, source_lines: 'L1017', reason: 'freight station (金温铁路温州站至温州西站段); no coordinate in any source' },
  { layer: 'stations', name_zh: '楠溪江站', source_doc: 'stations.csv', reason: '杭温高铁 station opened 2024-09-06 (stations-census.md §2); no seed names it (000 L1106 mentions only a 高铁站场 at 枫林) and no source gives a coordinate' },
  { layer: 'lines', name_zh: '金温铁路', source_doc: SEED_001, source_lines: 'L1007,L1017', reason: 'only one of its stations in Wenzhou (温州站) has a coordinate, so no line can be drawn; the station is placed' },
  { layer: 'lines', name_zh: 'S3 线一期', check: 'S3 线一期', source_doc: SEED_001, source_lines: 'L989,L1009', reason: 'under construction since 2023-03-27 (33.2 km, 11 stations, opening planned 2027 H2 per stations-census.md), but no station list or alignment in any source' },
  { layer: 'lines', name_zh: 'M1 线', source_doc: SEED_001, source_lines: 'L989,L1009', reason: 'no station list or alignment in any source' },
  { layer: 'lines', name_zh: 'M2 线一期', source_doc: SEED_001, source_lines: 'L989,L1009', reason: 'no station list or alignment in any source' },
  { layer: 'lines', name_zh: 'M2 线二期', source_doc: SEED_001, source_lines: 'L1009', reason: '前期研究 only; no station list or alignment' },
  { layer: 'lines', name_zh: 'M3 线', source_doc: SEED_001, source_lines: 'L1009', reason: '前期研究 only; no station list or alignment' },
  { layer: 'lines', name_zh: '温福高铁', source_doc: SEED_001, source_lines: 'L989,L1007', reason: 'new line; starts at 乐清站 and passes the planned 温州东站, but 温州东站 and its other stations have no coordinates' },
  { layer: 'lines', name_zh: '甬台温高铁', source_doc: SEED_001, source_lines: 'L989,L1007', reason: 'still planned (项目前期); no stations or alignment in any source' },
  { layer: 'lines', name_zh: '温武吉铁路', source_doc: SEED_001, source_lines: 'L989,L1007', reason: 'planned (开工建设 in the seed; not confirmed started); no stations or alignment in any source' },
  { layer: 'lines', name_zh: '甬台温福高铁', source_doc: SEED_001, source_lines: 'L650,L784', reason: 'read as the planned coastal HSR (甬台温高铁 + 温福高铁), see those two' },
  ...TOD.filter((t) => !t.anchors).map((t) => ({ layer: 'tod' as const, name_zh: t.name_zh, source_doc: SEED_001, source_lines: t.lines, reason: t.unplaced_reason ?? '' })),
];

// ---------- helpers ----------

const seedCache = new Map<string, string[]>();

function seedLines(ctx: BuildContext, doc: string): string[] {
  let lines = seedCache.get(doc);
  if (!lines) {
    lines = readFileSync(join(ctx.seeds, doc), 'utf8').split('\n');
    seedCache.set(doc, lines);
  }
  return lines;
}

const norm = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, '');

/** Text of the cited lines (1-based, "L12,L30-L41"), joined without the line breaks, ** markers removed. */
function seedText(ctx: BuildContext, doc: string, ranges: string): string {
  const all = seedLines(ctx, doc);
  return ranges
    .split(',')
    .map((r) => {
      const [a, b] = r.split('-').map((x) => Number(x.replace('L', '')));
      return all.slice(a! - 1, b ?? a).join('\n');
    })
    .join('\n')
    .replace(/\*\*/g, '');
}

/** Throws unless `ref.check` occurs in the cited lines (whitespace-insensitive). */
function verify(ctx: BuildContext, ref: SeedRef): void {
  if (!norm(seedText(ctx, ref.doc, ref.lines)).includes(norm(ref.check)))
    throw new Error(`rail: "${ref.check}" not found in ${ref.doc} ${ref.lines}`);
}

/** Verbatim text for `text_zh`: the quoted passage, checked against the seed. */
function verbatim(ctx: BuildContext, ref: SeedRef): string {
  verify(ctx, ref);
  return ref.check;
}

interface CsvRow {
  name: string;
  lines: string;
  lng: string;
  lat: string;
  crs: string;
  source: string;
  confidence: string;
  note: string;
}

const inBbox = ([x, y]: Position) => x! >= 119.3 && x! <= 121.6 && y! >= 26.8 && y! <= 28.8;

function toWgs(row: CsvRow): [number, number] {
  const lng = Number(row.lng);
  const lat = Number(row.lat);
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) throw new Error(`rail: no coordinate for ${row.name}`);
  const p: [number, number] = row.crs === 'GCJ-02' ? pointToWgs84(lng, lat) : row.crs.startsWith('WGS-84') ? [round6(lng), round6(lat)] : [NaN, NaN];
  if (!inBbox(p)) throw new Error(`rail: ${row.name} (${row.crs}) is outside Wenzhou: ${p.join(',')}`);
  return p;
}

type Props = Record<string, string | number | boolean>;
const pointFeature = (coords: [number, number], properties: Props): Feature<Point, Props> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: coords },
});

/** Adds the seed citation, or the dataset id without source_lines when no seed names the thing. */
function provenance(ctx: BuildContext, seed: SeedRef | undefined, dataset: string): Props {
  if (!seed) return { source_doc: dataset };
  verify(ctx, seed);
  return { source_doc: seed.doc, source_lines: seed.lines };
}

// ---------- the step ----------

export const buildRail: BuildStep = (ctx) => {
  const csv = Papa.parse<CsvRow>(readFileSync(join(ctx.sources, 'stations.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  if (csv.errors.length) throw new Error(`rail: stations.csv: ${csv.errors[0]!.message}`);
  const pick = (name: string, sourceMark: string): CsvRow => {
    const rows = csv.data.filter((r) => r.name === name && r.source.includes(sourceMark));
    if (rows.length !== 1) throw new Error(`rail: expected one stations.csv row for ${name} from ${sourceMark}, found ${rows.length}`);
    return rows[0]!;
  };

  // --- stations ---
  const stations: Feature<Point, Props>[] = [];
  const coordById = new Map<string, [number, number]>();
  const metroId = new Map<string, string>(); // Amap name → feature id

  const addMetro = (line: 'S1' | 'S2', rows: MetroStationRow[]) =>
    rows.forEach((r, i) => {
      const order = i + 1;
      const existing = metroId.get(r.key);
      if (existing) {
        // Interchange: already written on its first line; add this line to it.
        const f = stations.find((s) => s.properties.id === existing)!;
        f.properties.line_ids = `${f.properties.line_ids},${line}`;
        f.properties.line_orders = `${f.properties.line_orders},${line}:${order}`;
        return;
      }
      const id = `${line.toLowerCase()}-station-${String(order).padStart(2, '0')}`;
      const coords = toWgs(pick(r.key, 'MDJHX2018'));
      metroId.set(r.key, id);
      coordById.set(id, coords);
      stations.push(
        pointFeature(coords, {
          id,
          name_zh: `${r.key}站`,
          name_en: r.name_en,
          line_ids: line,
          line_orders: `${line}:${order}`,
          station_order: order,
          station_kind: 'metro',
          status: 'operating',
          is_hub: false,
          ...provenance(ctx, r.seed, DS_METRO),
          geometry_quality: 'surveyed',
          geometry_source: DS_METRO,
          ...(r.seed
            ? {
                inferred: true,
                ...bilingual('inferred_note', {
                  zh: `原文将“${r.seed.check}”列为TOD板块；认定为${line}线的同名车站`,
                  en: `the seed names “${r.seed.check}” as a TOD block; identified with the ${line} station of that name`,
                }),
              }
            : {}),
        }),
      );
    });
  addMetro('S1', S1);
  addMetro('S2', S2);

  for (const r of NATIONAL) {
    const row = pick(r.key, 'listenzcc');
    const coords = toWgs(row);
    coordById.set(r.id, coords);
    const [firstLine, firstOrder] = r.lines[0]!;
    stations.push(
      pointFeature(coords, {
        id: r.id,
        name_zh: r.name_zh,
        name_en: r.name_en,
        line_ids: r.lines.map(([l]) => l).join(','),
        line_orders: r.lines.map(([l, o]) => `${l}:${o}`).join(','),
        station_order: firstOrder,
        first_line: firstLine,
        station_kind: 'national',
        status: 'operating',
        is_hub: r.is_hub,
        ...(r.text ? { text_zh: verbatim(ctx, r.text) } : {}),
        ...(r.former_name_zh ? { former_name_zh: r.former_name_zh } : {}),
        ...provenance(ctx, r.seed, DS_NATIONAL),
        geometry_quality: 'surveyed',
        geometry_source: DS_NATIONAL,
        coord_confidence: row.confidence,
        ...bilingual('coord_note', r.coord_note),
      }),
    );
  }

  // Airport: WGS-84 reference point from zh.wikipedia; the seed name is 000 L978.
  const airportRow = csv.data.find((r) => r.name.startsWith('温州龙湾国际机场') && r.crs === 'WGS-84');
  if (!airportRow) throw new Error('rail: no airport row in stations.csv');
  stations.push(
    pointFeature(toWgs(airportRow), {
      id: 'airport-longwan',
      name_zh: '温州龙湾国际机场',
      name_en: 'Wenzhou Longwan International Airport',
      station_kind: 'airport',
      status: 'operating',
      is_hub: true,
      text_zh: verbatim(ctx, {
        doc: SEED_001, lines: 'L995',
        check: '推进龙湾国际机场扩能提升，启动机场三期扩建，加快机场第二跑道、T3 航站楼及货运设施等建设，建成机场综合交通中心',
      }),
      text_source: `${SEED_001} L995`,
      ...provenance(ctx, { doc: SEED_000, lines: 'L978', check: '温州龙湾国际机场' }, DS_WIKI),
      geometry_quality: 'surveyed',
      geometry_source: DS_WIKI,
      ...bilingual('coord_note', {
        zh: '机场基准点（zh.wikipedia 信息框：北纬27°54′43″、东经120°51′07″）；S1/S2线机场站位于其西南约0.9公里处',
        en: 'airport reference point (zh.wikipedia infobox 27°54′43″N 120°51′07″E); the S1/S2 机场站 is about 0.9 km to the south-west',
      }),
    }),
  );

  // --- lines ---
  const lineStations = new Map<LineId, string[]>();
  const push = (l: LineId, id: string, order: number) => {
    const arr = lineStations.get(l) ?? [];
    arr[order - 1] = id;
    lineStations.set(l, arr);
  };
  S1.forEach((r, i) => push('S1', metroId.get(r.key)!, i + 1));
  S2.forEach((r, i) => push('S2', metroId.get(r.key)!, i + 1));
  for (const r of NATIONAL) for (const [l, o] of r.lines) push(l, r.id, o);

  const lines: Feature<LineString, Props>[] = LINES.map((r) => {
    // Stations without a coordinate leave holes (杭温: 楠溪江 = 1): draw through the placed ones in order.
    const ids = (lineStations.get(r.line_id) ?? []).filter((x): x is string => Boolean(x));
    if (ids.length < 2) throw new Error(`rail: line ${r.line_id} has fewer than 2 placed stations`);
    const coordinates = ids.map((id) => coordById.get(id)!);
    const datasets = r.line_kind === 'national' ? DS_NATIONAL : DS_METRO;
    return {
      type: 'Feature',
      properties: {
        id: r.id,
        line_id: r.line_id,
        name_zh: r.name_zh,
        name_en: r.name_en,
        line_kind: r.line_kind,
        status: r.status,
        ...(r.status_zh ? { status_zh: verbatim(ctx, r.status_zh) } : {}),
        ...(r.opened_year ? { opened_year: r.opened_year } : {}),
        ...(r.length_km ? { length_km: r.length_km } : {}),
        color: r.color,
        station_ids: ids.join(','),
        station_count: ids.length,
        ...bilingual('fact_source', r.fact_source),
        ...provenance(ctx, r.seed, datasets),
        geometry_quality: 'derived',
        geometry_source: datasets,
        ...bilingual('geometry_note', LINE_GEOMETRY_NOTE),
        ...(r.inferred_note ? { inferred: true, ...bilingual('inferred_note', r.inferred_note) } : {}),
      },
      geometry: { type: 'LineString', coordinates },
    };
  });

  // --- TOD ---
  const texts = Object.fromEntries(Object.entries(TOD_TEXT).map(([k, ref]) => [k, verbatim(ctx, ref)])) as Record<TodKind, string>;
  const tod: Feature<Point, Props>[] = [];
  for (const t of TOD) {
    verify(ctx, { doc: SEED_001, lines: t.lines, check: t.name_zh });
    if (t.seed004) verify(ctx, { doc: SEED_004, lines: t.seed004.lines, check: t.seed004.name });
    if (!t.anchors) continue;
    const pts = t.anchors.map((a) => {
      const c = coordById.get(a);
      if (!c) throw new Error(`rail: TOD ${t.id}: unknown anchor ${a}`);
      return c;
    });
    const coords: [number, number] = [
      round6(pts.reduce((s, p) => s + p[0], 0) / pts.length),
      round6(pts.reduce((s, p) => s + p[1], 0) / pts.length),
    ];
    const sources = [...new Set(t.anchors.map((a) => (a.startsWith('rail-') ? DS_NATIONAL : DS_METRO)))];
    tod.push(
      pointFeature(coords, {
        id: t.id,
        name_zh: t.name_zh,
        name_en: t.name_en,
        tod_kind: t.tod_kind,
        programme_zh: 'TOD 综合开发“369 示范工程”',
        text_zh: texts[t.tod_kind],
        anchor_station_ids: t.anchors.join(','),
        ...(t.seed004
          ? { seed_004_name_zh: t.seed004.name, seed_004_lines: t.seed004.lines, ...bilingual('seed_004_note', t.seed004.match_note) }
          : bilingual('seed_004_note', NO_NEW_TOWNS_IN_004)),
        source_doc: SEED_001,
        source_lines: t.lines,
        geometry_quality: 'derived',
        geometry_source: sources.join(','),
        ...(t.inferred_note ? { inferred: true, ...bilingual('inferred_note', t.inferred_note) } : {}),
      }),
    );
  }
  verify(ctx, { doc: SEED_001, lines: 'L865', check: 'TOD 综合开发“369 示范工程”' });
  for (const u of RAIL_UNPLACED)
    if (u.source_lines) verify(ctx, { doc: u.source_doc, lines: u.source_lines, check: u.check ?? u.name_zh });

  const fc = <F extends Feature>(features: F[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  return {
    'rail/stations.geojson': fc(stations),
    'rail/lines.geojson': fc(lines),
    'rail/tod.geojson': fc(tod),
  };
};
