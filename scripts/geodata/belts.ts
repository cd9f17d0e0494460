/**
 * Build step: development belts and industry platforms.
 *
 *   belts/belts.geojson         the “三色” belts of the 14th FYP outline (001 L784), the tourism plan's
 *                               “一核两带三区” (000 L664-L676), the 瓯江山水诗路文化带 (000 L690), the five
 *                               文旅融合产业带 of 2023 (002 L2422-L2528) and the 环大罗山科创走廊 (001 L340)
 *   industry/platforms.geojson  industry platforms and development zones named in 001, 003 and 004
 *
 * No seed has coordinates or maps. Belts are schematic lines through real waypoints (town / seat /
 * station points, named in `waypoints_zh`) or, for areas the seed defines by county, dissolved county
 * polygons; platforms are points whose placement is stated in `placement` and `inferred_note_zh` / `_en`.
 * Every note is written in Chinese and English (`Bilingual`, see structure.ts).
 * Every name_zh / text_zh is checked against the cited seed lines when the step runs.
 */
import type { LineString, MultiLineString, Point } from 'geojson';
import type { BuildContext, BuildStep } from '../lib/geo';
import {
  SEED_000,
  SEED_001,
  SEED_002,
  SEED_003,
  SEED_004,
  STATION_SOURCE,
  bilingual,
  collection,
  daluoshan,
  dissolve,
  joinNotes,
  mean,
  planFeature,
  seatPoint,
  station,
  town,
  type Bilingual,
  type PlanFeature,
} from './structure';

// ---------------------------------------------------------------------------------------------
// Waypoints: `town:名称` or `town:名称@县` (vonng-adcode-towns), `seat:adcode` (county seat),
// `station:名称` (S1/S2 station, dataset amap-metro-stations), `daluoshan` (see structure.ts)
// ---------------------------------------------------------------------------------------------

const SEAT_ZH: Record<string, string> = {
  '330302': '鹿城区驻地',
  '330303': '龙湾区驻地',
  '330304': '瓯海区驻地',
  '330305': '洞头区驻地',
  '330324': '永嘉县驻地',
  '330326': '平阳县驻地',
  '330327': '苍南县驻地',
  '330328': '文成县驻地',
  '330329': '泰顺县驻地',
  '330381': '瑞安市驻地',
  '330382': '乐清市驻地',
  '330383': '龙港市驻地',
};

interface Waypoint {
  coords: [number, number];
  label: string;
  source: string;
}

function waypoint(ctx: BuildContext, spec: string): Waypoint {
  const [kind, rest = ''] = spec.split(':') as [string, string?];
  if (kind === 'town') {
    const [name, county] = rest.split('@') as [string, string?];
    return { coords: town(ctx, name, county).coordinates, label: name, source: 'vonng-adcode-towns' };
  }
  if (kind === 'seat') return { coords: seatPoint(ctx, rest), label: SEAT_ZH[rest] ?? rest, source: 'vonng-adcode-towns' };
  if (kind === 'station') return { coords: station(ctx, rest), label: `${rest}站`, source: STATION_SOURCE };
  if (kind === 'daluoshan') return { coords: daluoshan(ctx), label: '大罗山（示意点）', source: 'vonng-adcode-fences' };
  throw new Error(`bad waypoint "${spec}"`);
}

// ---------------------------------------------------------------------------------------------
// Belts
// ---------------------------------------------------------------------------------------------

type BeltKind =
  | 'gold'
  | 'blue'
  | 'green'
  | 'tourism_core'
  | 'tourism_belt'
  | 'tourism_zone'
  | 'culture_belt'
  | 'culture_tourism_belt'
  | 'innovation_corridor';

interface BeltRow {
  id: string;
  name_zh: string;
  name_en: string;
  belt_kind: BeltKind;
  system: string;
  system_zh: string;
  doc: string;
  lines: string;
  text: string;
  /** One or more paths of waypoints (several = MultiLineString) … */
  paths?: string[][];
  /** … or the counties whose dissolved polygons stand for the area. */
  counties?: string[];
  /** Counties or places the seed itself lists for the belt (verbatim, comma-separated). */
  members_zh?: string;
  clusters_zh?: string;
  see_also?: string;
  inferred_note: Bilingual;
}

const THREE_COLOUR = { system: 'three-colour', system_zh: '“三色”纵深城市发展带', doc: SEED_001 };
const TOURISM_2021 = { system: 'tourism-2021', system_zh: '“一核两带三区”旅游业发展空间架构', doc: SEED_000 };
const CULTURE_2023 = { system: 'culture-tourism-2023', system_zh: '五条文旅融合产业带', doc: SEED_002 };

const BELTS: BeltRow[] = [
  // --- 001 第八章第一节 L784: “三色”纵深城市发展带 (no member counties in the seed) ---
  {
    ...THREE_COLOUR,
    id: 'belt-gold',
    name_zh: '中轴“金色”城市带',
    name_en: 'Central "golden" urban belt',
    belt_kind: 'gold',
    lines: 'L784',
    text: '中轴“金色”城市带围绕提升都市区集聚力、辐射力和带动力，大力推进一体化、组团式、网络型开发，推进中心城区扩容提质，促进人口、产业、基础设施和公共服务高度集聚，着力提高经济首位度，增强辐射能级，打造融入长三角、服务全国、连通全球的“双循环”枢纽核心承载区。',
    paths: [['seat:330324', 'seat:330302', 'seat:330304', 'seat:330381', 'seat:330326', 'seat:330327']],
    inferred_note: {
      zh: '原文未列出该发展带所含县（市、区）。按南北向轴线绘制，经永嘉、鹿城、瓯海、瑞安、平阳、苍南各县（市、区）驻地（即沿海“蓝色”产业带与西部“绿色”生态带之间的中部平原）。',
      en: 'The seed lists no counties for the belt. Drawn as a north–south axis through the seats of 永嘉, 鹿城, 瓯海, 瑞安, 平阳 and 苍南 (the central plain between the coastal blue belt and the western green belt).',
    },
  },
  {
    ...THREE_COLOUR,
    id: 'belt-blue',
    name_zh: '东部“蓝色”产业带',
    name_en: 'Eastern "blue" industrial belt',
    belt_kind: 'blue',
    lines: 'L784',
    text: '东部“蓝色”产业带突出大湾区大通道建设，以构建G228、G1523、S2线、甬台温福高铁形成的沿海大通道为突破口，串联打造空间高度集聚、产业链协同高效的沿海先进制造产业带，着力培育一批产城融合型、职住平衡型、生态宜居型新片区，打造引领温州高质量发展的活力强劲增长极和温州制造参与国际化竞争的主阵地。',
    paths: [
      [
        'town:雁荡镇',
        'station:清东路',
        'station:翁垟',
        'station:灵昆',
        'station:机场',
        'station:海城',
        'station:上望',
        'town:鳌江镇',
        'seat:330383',
        'town:金乡镇',
        'town:霞关镇',
      ],
    ],
    inferred_note: {
      zh: '原文未列出所含县（市、区），仅列出通道（G228、G1523、S2线、甬台温福高铁）。沿海岸绘制，经S2线车站（清东路—上望）及乐清、龙湾、洞头（灵昆）、瑞安、平阳、龙港、苍南的沿海乡镇（街道）。',
      en: 'The seed lists no counties, only the corridor (G228、G1523、S2线、甬台温福高铁). Drawn along the coast through S2 stations (清东路–上望) and coastal towns of 乐清, 龙湾, 洞头 (灵昆), 瑞安, 平阳, 龙港 and 苍南.',
    },
  },
  {
    ...THREE_COLOUR,
    id: 'belt-green',
    name_zh: '西部“绿色”生态带',
    name_en: 'Western "green" ecological belt',
    belt_kind: 'green',
    lines: 'L784',
    text: '西部“绿色”生态带聚力大花园建设，实施西部交通“串珠链网”工程，联动推进西部生态休闲产业带和瓯江山水诗路文化带建设，积极培育生态型工业和绿色制造体系，着力拓宽“两山”转化通道，打造绿色崛起的典范区域。',
    paths: [['town:岩坦镇', 'town:桥头镇', 'town:山福镇', 'town:泽雅镇', 'town:湖岭镇', 'seat:330328', 'town:珊溪镇', 'seat:330329']],
    inferred_note: {
      zh: '原文未列出该发展带所含县（市、区）。经永嘉、鹿城、瓯海、瑞安西部山区乡镇绘至文成县、泰顺县驻地。',
      en: 'The seed lists no counties for the belt. Drawn through the western mountain towns of 永嘉, 鹿城, 瓯海 and 瑞安 to the seats of 文成 and 泰顺.',
    },
  },

  // --- 000 旅游业“十四五”规划 L662-L676: “一核两带三区” ---
  {
    ...TOURISM_2021,
    id: 'tourism-core',
    name_zh: '都市旅游核',
    name_en: 'Urban tourism core',
    belt_kind: 'tourism_core',
    lines: 'L664-L668',
    text: '打造“都市旅游核”。内设“瓯江大都市区文旅融合会客厅”和“塘河环大罗山文旅融合会客厅”等两大引领性文旅融合会客厅，打造成为提升温州中心城区首位度的新高地和高质量旅游发展的新标杆。',
    counties: ['330302', '330303', '330304'],
    see_also: `${SEED_002} L2446-L2450`,
    inferred_note: {
      zh: '原文未给出范围（图1缺失，第680行）。以鹿城、龙湾、瓯海三区合并范围表示，即002 第2446～2450行所述打造都市旅游核心的中心城区。两大会客厅未绘出。',
      en: 'The seed gives no extent (图1 is missing, L680). Drawn as 鹿城, 龙湾 and 瓯海 dissolved: the 中心城区 that 002 L2446-L2450 names for the 都市旅游核心. The two 会客厅 are not drawn.',
    },
  },
  {
    ...TOURISM_2021,
    id: 'tourism-belt-east',
    name_zh: '东部滨海休闲旅游带',
    name_en: 'Eastern coastal leisure tourism belt',
    belt_kind: 'tourism_belt',
    lines: 'L670',
    text: '东部滨海休闲旅游带包括北至乐清市南塘镇、东至洞头岛、南至苍南县霞关镇的沿海区域，形成以“山、江、海”为特色的系列旅游产业带。重点推动洞头国际旅游岛、苍南168黄金海岸线旅游产业带、霞关半岛滨海生态旅游度假开发项目、平阳乐清山海协作生态旅游文化产业园、半山半岛旅游建设等项目，强化沿线县（市、区）的联动合作，最终打造成为休闲娱乐、康体养生、海上运动、生态旅游为一体的滨海休闲旅游带。',
    paths: [
      [
        'town:湖雾镇',
        'town:蒲岐镇',
        'town:翁垟街道',
        'town:灵昆街道',
        'town:海滨街道',
        'town:上望街道',
        'town:海西镇',
        'town:鳌江镇',
        'seat:330383',
        'town:炎亭镇',
        'town:霞关镇',
      ],
      ['town:灵昆街道', 'town:霓屿街道', 'town:北岙街道'],
    ],
    members_zh: '乐清市南塘镇,洞头岛,苍南县霞关镇',
    inferred_note: {
      zh: '原文给出沿海区域的端点（南塘镇、洞头岛、霞关镇）。乡镇点数据集中无南塘镇点位，故线路自相邻的沿海乡镇湖雾镇起绘；端点之间的沿海途经点由本图选定；另有一条支线通往洞头岛（北岙）。',
      en: 'The seed gives the ends (南塘镇, 洞头岛, 霞关镇) of a coastal area. 南塘镇 has no point in the town dataset, so the line starts at the neighbouring coastal town 湖雾镇; the coastal waypoints between the ends are our choice; a branch reaches 洞头岛 (北岙).',
    },
  },
  {
    ...TOURISM_2021,
    id: 'tourism-belt-west',
    name_zh: '西部生态休闲旅游带',
    name_en: 'Western ecological leisure tourism belt',
    belt_kind: 'tourism_belt',
    lines: 'L670',
    text: '西部生态休闲旅游带包括文成、泰顺两县全域，鹿城、瓯海、瑞安、平阳、苍南西部山区以及乐清、永嘉北部山区，形成以生态、休闲、旅游为特色的系列旅游产业带。',
    paths: [
      [
        'town:雁荡镇',
        'town:岩头镇',
        'town:山福镇',
        'town:泽雅镇',
        'town:湖岭镇',
        'town:南田镇',
        'town:大峃镇',
        'town:珊溪镇',
        'town:罗阳镇',
        'town:雅阳镇',
        'town:莒溪镇',
        'town:南雁镇',
      ],
    ],
    members_zh: '文成,泰顺,鹿城,瓯海,瑞安,平阳,苍南,乐清,永嘉',
    inferred_note: {
      zh: '原文列出了所含县（市、区）（文成、泰顺两县全域；鹿城、瓯海、瑞安、平阳、苍南西部山区；乐清、永嘉北部山区），但未给出线位：本图在所列每个县（市、区）各选一个山区乡镇连线绘制（其中雁荡镇、岩头镇对应原文所提的雁荡山、楠溪江一带）。',
      en: 'The seed lists the counties (文成、泰顺 whole; western mountains of 鹿城、瓯海、瑞安、平阳、苍南; northern mountains of 乐清、永嘉) but no line: the belt is drawn through one mountain town per listed county, chosen by us (雁荡镇 and 岩头镇 for the 雁荡山 / 楠溪江 areas it names).',
    },
  },
  {
    ...TOURISM_2021,
    id: 'tourism-zone-yandang-nanxijiang',
    name_zh: '雁荡山—楠溪江“诗意山水”休闲度假区',
    name_en: 'Yandang Mountain – Nanxi River "poetic landscape" resort area',
    belt_kind: 'tourism_zone',
    lines: 'L672-L674',
    text: '雁荡山—楠溪江“诗意山水”休闲度假区要充分发挥国家首批5A级旅游景区雁荡山风景名胜区的号召力，放大国家4A级旅游景区楠溪江风景名胜区的影响力，以打造“诗意山水”为主题方向',
    counties: ['330382', '330324'],
    members_zh: '雁荡山,楠溪江',
    inferred_note: {
      zh: '原文只列出风景区（雁荡山、楠溪江），未列出县（市、区），也未给出范围：以乐清、永嘉两地合并范围表示（雁荡山在乐清，楠溪江在永嘉），所示面积偏大。',
      en: 'The seed names the scenic areas (雁荡山, 楠溪江), not counties or an extent: drawn as 乐清 and 永嘉 dissolved (雁荡山 is in 乐清, 楠溪江 in 永嘉), which overstates the area.',
    },
  },
  {
    ...TOURISM_2021,
    id: 'tourism-zone-wentai',
    name_zh: '文泰“环飞云湖”国际生态康养休闲度假区',
    name_en: 'Wencheng–Taishun "around Feiyun Lake" international eco-wellness resort area',
    belt_kind: 'tourism_zone',
    lines: 'L672-L674',
    text: '文泰“环飞云湖”国际生态康养休闲度假区要深入挖掘文成、泰顺境内的生态资源，以康养、文化、旅游融合为引领',
    counties: ['330328', '330329'],
    members_zh: '文成,泰顺',
    inferred_note: {
      zh: '原文列出文成、泰顺，但未给出范围：以两县合并范围表示，所示面积偏大。',
      en: 'The seed names 文成 and 泰顺 but gives no extent: drawn as the two counties dissolved, which overstates the area.',
    },
  },
  {
    ...TOURISM_2021,
    id: 'tourism-zone-ruipingcanglong',
    name_zh: '瑞平苍龙“田园文化”休闲度假区',
    name_en: 'Rui\'an–Pingyang–Cangnan–Longgang "pastoral culture" resort area',
    belt_kind: 'tourism_zone',
    lines: 'L672-L676',
    text: '瑞平苍龙“田园文化”休闲度假区要依托瑞安、平阳、苍南、龙港境内的生态文化和美丽乡村资源，以构建全域化旅游服务体系为支撑',
    counties: ['330381', '330326', '330327', '330383'],
    members_zh: '瑞安,平阳,苍南,龙港',
    inferred_note: {
      zh: '原文列出瑞安、平阳、苍南、龙港，但未给出范围：以四地合并范围表示，所示面积偏大。',
      en: 'The seed names 瑞安、平阳、苍南、龙港 but gives no extent: drawn as the four counties dissolved, which overstates the area.',
    },
  },
  {
    id: 'belt-oujiang-poetry-road',
    name_zh: '瓯江山水诗路文化带',
    name_en: 'Ou River landscape-poetry road cultural belt',
    belt_kind: 'culture_belt',
    system: 'other',
    system_zh: '诗路文化带',
    doc: SEED_000,
    lines: 'L690',
    text: '贯彻落实省委、省政府关于推动诗路文化建设的工作部署，凸显温州旅游在瓯江山水诗路文化带建设中的战略核心位置，以文化和旅游 IP 为抓手，推进瓯江山水诗路旅游带建设',
    paths: [['town:山福镇', 'town:藤桥镇', 'town:仰义街道', 'town:双屿街道', 'town:五马街道', 'town:七都街道', 'town:灵昆街道']],
    see_also: `${SEED_001} L784,L889; ${SEED_002} L2432`,
    inferred_note: {
      zh: '各源文件均未给出范围。沿瓯江经鹿城沿江乡镇（街道）绘至七都、灵昆（瓯江走向属源文件以外的常识）；楠溪江及丽水段（001 第889行）未绘出。原文还提到“瓯江山水诗路旅游带”，此处按同一条线绘制。',
      en: 'No extent in the seeds. Drawn along the 瓯江 through the riverside towns of 鹿城 to 七都 and 灵昆 (the 瓯江 course is outside knowledge); the 楠溪江 and the 丽水 part (001 L889) are not drawn. The text also names the 瓯江山水诗路旅游带, drawn here as the same line.',
    },
  },
  {
    id: 'corridor-daluoshan',
    name_zh: '环大罗山科创走廊',
    name_en: 'Daluo Mountain ring science and innovation corridor',
    belt_kind: 'innovation_corridor',
    system: 'other',
    system_zh: '“一区一廊一会一室”创新格局',
    doc: SEED_001,
    lines: 'L340',
    text: '举全市之力建设环大罗山科创走廊。持续推进自创区“八大攻坚”行动，打好环大罗山科创走廊“三大会战”，实施高新区晋等升位和梯度创建计划，汇聚全球创新资源要素，全力打造面向世界、引领未来、辐射全省的创新策源地，促进生命健康、智能装备两大创新型产业集群加速集聚发展。',
    paths: [
      ['town:茶山街道', 'station:科技城', 'town:瑶溪街道', 'town:永中街道', 'town:塘下镇@瑞安市', 'town:仙岩街道', 'town:茶山街道'],
    ],
    clusters_zh: '生命健康,智能装备',
    see_also: `${SEED_003} L460-L466; ${SEED_001} L115,L237`,
    inferred_note: {
      zh: '环绕大罗山成环绘制，经茶山、科技城（S1线车站）、瑶溪、永中、塘下、仙岩。各源文件均未给出范围；003 第460～466行将浙南科技城和高教园区列为其“实体边界”（高教园区位于茶山属源文件以外的常识）。',
      en: 'Drawn as a ring round 大罗山 through 茶山, 科技城 (S1 station), 瑶溪, 永中, 塘下 and 仙岩. The seeds give no extent; 003 L460-L466 names 浙南科技城 and the 高教园区 as its “实体边界” (the 高教园区 being at 茶山 is outside knowledge).',
    },
  },

  // --- 002 温政办〔2023〕31号 L2422-L2528: 五条文旅融合产业带 ---
  {
    ...CULTURE_2023,
    id: 'culture-belt-shanjianghai',
    name_zh: '山江海文旅融合黄金产业带',
    name_en: 'Mountain–river–sea golden culture-tourism belt',
    belt_kind: 'culture_tourism_belt',
    lines: 'L2426-L2444',
    text: '推动“雁楠一体化”，打造“雁楠”世界级旅游产品，串联雁荡山、楠溪江、洞头，打造山江海诗意畅享之旅。推动瓯江山水诗路文化带建设，通过雁楠公路串联雁荡镇、大若岩镇等重点旅游乡镇，延伸联动云岭乡、仙溪镇，以最美旅游风景道的标准打造通景公路',
    paths: [['town:北岙街道', 'town:雁荡镇', 'town:仙溪镇', 'town:大若岩镇']],
    members_zh: '雁荡山,楠溪江,洞头,雁荡镇,大若岩镇,云岭乡,仙溪镇',
    inferred_note: {
      zh: '自洞头（北岙）绘至雁荡镇，再沿雁楠公路经仙溪镇至大若岩镇，均为原文提及的地点；云岭乡在乡镇点数据集中无点位，未纳入；洞头至雁荡段为直线（示意）。',
      en: 'Drawn from 洞头 (北岙) to 雁荡镇 and along the 雁楠公路 via 仙溪镇 to 大若岩镇, places the seed names; 云岭乡 has no point in the town dataset and is left out; the line from 洞头 to 雁荡 is straight (schematic).',
    },
  },
  {
    ...CULTURE_2023,
    id: 'culture-belt-urban-fashion',
    name_zh: '都市时尚休闲文旅融合产业带',
    name_en: 'Urban fashion and leisure culture-tourism belt',
    belt_kind: 'culture_tourism_belt',
    lines: 'L2446-L2470',
    text: '全面提升鹿城、瓯海、龙湾等中心城区首位度，打造都市旅游核心，创新都市时尚休闲体验之旅。以瓯江为轴，串联“七都岛-山水斗城（五马历史文化街区、江心屿、朔门古港、九山南戏文化园）-西洲岛”，打造瓯江水上游线，形成水岸联动的发展格局。以温瑞塘河为脉，链接“印象南塘文化旅游街区-塘河博物馆群-三垟湿地-大罗山”，推进环大罗山旅游度假区谋划建设。',
    paths: [
      ['town:七都街道', 'town:五马街道'],
      ['town:南郊街道', 'town:三垟街道', 'daluoshan'],
    ],
    members_zh: '鹿城,瓯海,龙湾',
    inferred_note: {
      zh: '共两条线：瓯江轴线七都→五马（西洲岛无点位，未纳入）；塘河线南郊街道（印象南塘，由本图定位于此）→三垟→大罗山（示意点，见 structure/directions.geojson）。',
      en: 'Two lines: the 瓯江 axis 七都 → 五马 (西洲岛 has no point and is left out) and the 塘河 line 南郊街道 (印象南塘, placed there by us) → 三垟 → 大罗山 (schematic point, see structure/directions.geojson).',
    },
  },
  {
    ...CULTURE_2023,
    id: 'culture-belt-blue-coast',
    name_zh: '蓝色滨海风情文旅融合产业带',
    name_en: 'Blue coastal culture-tourism belt',
    belt_kind: 'culture_tourism_belt',
    lines: 'L2472-L2494',
    text: '培育打造温州黄金海岸滨海旅游带，以228国道串联乐清、洞头、龙湾、瑞安、平阳、苍南、龙港等地沿海旅游资源，打造蓝色滨海风情浪漫之旅。',
    paths: [['seat:330382', 'town:灵昆街道', 'seat:330303', 'seat:330381', 'town:鳌江镇', 'seat:330383', 'town:炎亭镇', 'town:霞关镇']],
    members_zh: '乐清,洞头,龙湾,瑞安,平阳,苍南,龙港',
    inferred_note: {
      zh: '原文列出228国道沿线县（市、区），但未给出线路：本图选取乐清、龙湾、瑞安、龙港的驻地及沿海乡镇（街道）灵昆（洞头区）、鳌江（平阳）、炎亭和霞关（苍南）连线绘制。',
      en: 'The seed lists the counties along the 228国道 but no route: drawn through the seats of 乐清, 龙湾, 瑞安 and 龙港 and the coastal towns 灵昆 (洞头区), 鳌江 (平阳), 炎亭 and 霞关 (苍南), chosen by us.',
    },
  },
  {
    ...CULTURE_2023,
    id: 'culture-belt-wentai-wellness',
    name_zh: '生态康养休闲文旅融合产业带',
    name_en: 'Eco-wellness leisure culture-tourism belt (Wencheng–Taishun)',
    belt_kind: 'culture_tourism_belt',
    lines: 'L2496-L2512',
    text: '结合“侨家乐”文化和廊桥文化，打造文（成）泰（顺）康养休闲有氧之旅。打造华东大峡谷、天湖旅游度假区、乌岩岭森林康养基地、铜铃山森林氧吧小镇等一批生态康养休闲拳头产品，谋划1条生态康养自驾线路。布局中高端度假酒店、特色民宿、主题文化客栈、露营地等接待设施，建设文、体、商复合集聚的“文泰环飞云湖”生态康养休闲产业带。',
    paths: [['seat:330328', 'town:峃口镇', 'town:巨屿镇', 'town:珊溪镇', 'town:百丈镇', 'seat:330329']],
    members_zh: '文成,泰顺',
    inferred_note: {
      zh: '环飞云湖绘制，自文成县驻地经峃口、巨屿、珊溪（文成）和百丈（泰顺）至泰顺县驻地；哪些乡镇濒临飞云湖属源文件以外的常识。',
      en: 'Drawn round the 飞云湖 from the 文成 seat via 峃口, 巨屿, 珊溪 (文成) and 百丈 (泰顺) to the 泰顺 seat; which towns border the lake is outside knowledge.',
    },
  },
  {
    ...CULTURE_2023,
    id: 'culture-belt-red-green-pastoral',
    name_zh: '红都绿野田园休闲文旅融合产业带',
    name_en: 'Red-heritage and green-countryside pastoral culture-tourism belt',
    belt_kind: 'culture_tourism_belt',
    lines: 'L2514-L2528',
    text: '结合瑞安、平阳、苍南、龙港的生态文化和红色文化，打造红都绿野田园休闲徜徉之旅。打造苏步青故里文化旅游区、渔寮湾乐活小镇、世界矾都矾矿遗址旅游区、湖岭天然温泉小镇、曹村田园综合体、龙港都市农业公园等一批生态休闲、田园度假产品，形成田园文化和休闲旅游融合发展的示范样本。',
    paths: [['town:湖岭镇', 'town:曹村镇', 'town:腾蛟镇', 'seat:330383', 'town:矾山镇', 'town:马站镇']],
    members_zh: '瑞安,平阳,苍南,龙港',
    inferred_note: {
      zh: '经原文所列各项产品所在乡镇绘制：湖岭（温泉小镇）、曹村（田园综合体）、腾蛟（苏步青故里，属源文件以外的常识）、龙港（都市农业公园）、矾山（世界矾都，属源文件以外的常识）和马站（渔寮湾，000 第1118行载其位于马站镇）。',
      en: 'Drawn through the towns of the named products: 湖岭 (温泉小镇), 曹村 (田园综合体), 腾蛟 (苏步青故里 — outside knowledge), 龙港 (都市农业公园), 矾山 (世界矾都 — outside knowledge) and 马站 (渔寮湾, 000 L1118 places it in 马站镇).',
    },
  },
];

function beltFeature(ctx: BuildContext, b: BeltRow): PlanFeature {
  let geometry: LineString | MultiLineString | ReturnType<typeof dissolve>;
  let waypoints_zh: string | undefined;
  let geometry_source: string;
  let waypoint_sources: string | undefined;
  if (b.counties) {
    geometry = dissolve(ctx, b.counties);
    geometry_source = 'vonng-adcode-fences';
  } else {
    const paths = b.paths!.map((p) => p.map((s) => waypoint(ctx, s)));
    geometry =
      paths.length === 1
        ? { type: 'LineString', coordinates: paths[0]!.map((w) => w.coords) }
        : { type: 'MultiLineString', coordinates: paths.map((p) => p.map((w) => w.coords)) };
    waypoints_zh = paths.map((p) => p.map((w) => w.label).join('—')).join('；');
    const sources = [...new Set(paths.flat().map((w) => w.source))];
    geometry_source = sources[0]!;
    waypoint_sources = sources.join(',');
  }
  return planFeature(ctx, geometry, {
    id: b.id,
    name_zh: b.name_zh,
    name_en: b.name_en,
    belt_kind: b.belt_kind,
    system: b.system,
    system_zh: b.system_zh,
    text_zh: b.text,
    members_zh: b.members_zh,
    clusters_zh: b.clusters_zh,
    waypoints_zh,
    source_doc: b.doc,
    source_lines: b.lines,
    see_also: b.see_also,
    geometry_quality: 'schematic',
    geometry_source,
    waypoint_sources,
    inferred: true,
    ...bilingual('inferred_note', b.inferred_note),
  });
}

// ---------------------------------------------------------------------------------------------
// Industry platforms
// ---------------------------------------------------------------------------------------------

type PlatformKind =
  | 'strategic_platform'
  | 'national_development_zone'
  | 'high_tech_zone'
  | 'innovation_demonstration_zone'
  | 'airport_area'
  | 'industry_cluster_area'
  | 'new_area'
  | 'marine_industry_area'
  | 'marine_economy_zone'
  | 'provincial_development_zone'
  | 'wanmu_qianyi_platform'
  | 'industrial_park'
  | 'functional_area';

type Placement = 'site' | 'town_point' | 'station_point' | 'member_centroid' | 'county_seat_proxy';

interface PlatformRow {
  id: string;
  name_zh: string;
  name_en: string;
  platform_kind: PlatformKind;
  doc: string;
  lines: string;
  text: string;
  /** Waypoint specs; more than one = their mean. */
  at: string[];
  placement: Placement;
  county_adcode?: string;
  status_zh?: string;
  also_named_zh?: string;
  see_also?: string;
  clusters_zh?: string;
  clusters_note?: Bilingual;
  inferred_note: Bilingual;
}

const SEAT_PROXY_NOTE = (county: string): Bilingual => ({
  zh: `原文列出该平台但未给出具体位置：点位取${county}驻地，仅代表所在县（市、区）。`,
  en: `The seed names the platform but not its site: the point is the ${county} seat, standing for the county only.`,
});

/** 003 L305-L311 is in the 2019 action plan printed in that gazette issue. */
const SOURCE_2019_ACTION_PLAN: Bilingual = {
  zh: '出处为2019年《温州都市区建设行动方案》。',
  en: 'Source is the 2019 温州都市区建设行动方案.',
};

const PLATFORMS: PlatformRow[] = [
  {
    id: 'platform-wenzhou-dongbu-xinqu',
    name_zh: '温州东部新区',
    name_en: 'Wenzhou Eastern New Area',
    platform_kind: 'strategic_platform',
    doc: SEED_001,
    lines: 'L540,L853',
    text: '按照国家级产城融合示范区、长三角先进制造集聚区和东南沿海科创示范区的定位，高起点规划、高标准建设温州东部新区，着力打造温州都市区最具活力的新兴增长极，努力建成生产总值超千亿、财政收入超一百三十亿、规上工业产出超一千三百亿的战略牵引平台。',
    at: ['station:沙城', 'station:科技城', 'station:机场'],
    placement: 'member_centroid',
    county_adcode: '330303',
    see_also: `${SEED_001} L815-L817`,
    inferred_note: {
      zh: '各源文件均未给出具体位置。点位取温州经开区（新区的“重要核心区”，第815行）、浙南科技城和空港新区三处所用点位的平均位置，第853行紧接新区之后列出这三处。未与温州湾新区（004）合并：没有任何源文件称二者为同一区域。所在区（龙湾）为推断。',
      en: 'No site in the seeds. Placed at the mean of the points used for 温州经开区 (its 重要核心区, L815), 浙南科技城 and 空港新区, which L853 names right after the 新区. Not merged with 温州湾新区 (004): no seed says they are the same. The county (龙湾) is inferred.',
    },
  },
  {
    id: 'platform-wenzhouwan-xinqu',
    name_zh: '温州湾新区',
    name_en: 'Wenzhou Bay New Area',
    platform_kind: 'strategic_platform',
    doc: SEED_004,
    lines: 'L806-L814,L845-L851',
    text: '高水平建设温州湾新区，着力打造全国民营经济高质量发展示范区、长三角先进制造集聚高地等“两区两高地”，整合提升14个高能级产业平台。',
    at: ['seat:330303'],
    placement: 'county_seat_proxy',
    county_adcode: '330303',
    see_also: `${SEED_004} L447,L2941-L2949,L4824`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：点位取龙湾区驻地（新区位于龙湾属源文件以外的常识）。与温州东部新区（001）分列：各源文件从未称二者为同一区域，且004 第2941～2949行将温州湾新区与东部新城列为不同的“片”。',
      en: 'No site in the seeds: placed at the 龙湾区 seat (that the 新区 is in 龙湾 is outside knowledge). Kept apart from 温州东部新区 (001): the seeds never say they are the same, and 004 L2941-L2949 lists 温州湾新区 and 东部新城 as separate 片.',
    },
  },
  {
    id: 'platform-jingkaiqu',
    name_zh: '温州经开区',
    name_en: 'Wenzhou Economic and Technological Development Zone',
    platform_kind: 'national_development_zone',
    doc: SEED_001,
    lines: 'L815-L817,L853',
    text: '建设“一区五高地”，打造温州东部新区重要核心区，建成创新驱动高地、开放合作高地、智能制造高地、海洋经济高地、产教融合高地。',
    at: ['station:沙城'],
    placement: 'station_point',
    county_adcode: '330303',
    also_named_zh: '温州经济技术开发区；温州浙南沿海先进装备产业集聚区（温州经济技术开发区）；温州经济技术开发区（瓯飞）',
    see_also: `${SEED_002} L8954-L8957; ${SEED_003} L283-L285,L354-L356,L2976-L2980; ${SEED_004} L355,L4114-L4116,L4305-L4307`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：点位取S2线沙城站（沙城街道由经开区管理，属源文件以外的常识）。004 第4114～4116行将温州浙南沿海先进装备产业集聚区与温州经济技术开发区并列（同一管委会）；将003中的“浙南产业集聚区”理解为该集聚区，系本图推断。',
      en: 'No site in the seeds: placed at the S2 station 沙城 (沙城街道 is run by the 经开区 — outside knowledge). 004 L4114-L4116 pairs 温州浙南沿海先进装备产业集聚区 with 温州经济技术开发区 (one 管委会); reading 003\'s 浙南产业集聚区 as that 集聚区 is our inference.',
    },
  },
  {
    id: 'platform-zhenan-kejicheng',
    name_zh: '浙南科技城',
    name_en: 'Zhenan Science and Technology City (Wenzhou National High-tech Zone)',
    platform_kind: 'high_tech_zone',
    doc: SEED_001,
    lines: 'L853',
    text: '加强温州经开区、浙南科技城、空港新区等重点功能区建设，集聚人口、创新等核心资源，发展高新产业，促进产城融合、职住平衡。',
    at: ['station:科技城'],
    placement: 'station_point',
    county_adcode: '330303',
    also_named_zh: '温州高新技术产业开发区（浙南科技城）；温州高新区',
    see_also: `${SEED_001} L342,L851; ${SEED_002} L8964-L8967; ${SEED_003} L354,L460-L466; ${SEED_004} L4102-L4104,L4309-L4311`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：点位取S1线科技城站（001 第851行提及“龙湾中心区与科技城”）。004 第4102～4104行及第4309行写作“温州高新技术产业开发区（浙南科技城）”，故高新区归入本要素。',
      en: 'No site in the seeds: placed at the S1 station 科技城 (001 L851 speaks of 龙湾中心区与科技城). 004 L4102-L4104 and L4309 write 温州高新技术产业开发区（浙南科技城）, so the 高新区 is kept in this feature.',
    },
  },
  {
    id: 'platform-zichuangqu',
    name_zh: '自创区',
    name_en: 'Wenzhou National Independent Innovation Demonstration Zone',
    platform_kind: 'innovation_demonstration_zone',
    doc: SEED_001,
    lines: 'L340-L342,L350',
    text: '深化自创区“一区五园”建设，支持开展创新政策先行先试，推进自创区扩区和全域创新。',
    at: ['station:科技城'],
    placement: 'station_point',
    clusters_zh: '生命健康,智能装备',
    clusters_note: {
      zh: '001 第350行：“聚焦自创区生命健康和智能装备两大主导产业”（另见第340、342行；003 第428～432行）。',
      en: '001 L350: 聚焦自创区生命健康和智能装备两大主导产业 (also L340, L342; 003 L428-L432).',
    },
    see_also: `${SEED_003} L424-L432`,
    inferred_note: {
      zh: '各源文件未列出五个园区（“一区五园”）的名称，也未给出具体位置。点位借用浙南科技城点位（温州高新区，004 第4102～4104行）代替；该区实际由多个园区组成。',
      en: 'The seeds do not name the five parks (一区五园) or give a site. The point is the 浙南科技城 point (温州高新区, 004 L4102-L4104) as a stand-in; the zone is in fact several parks.',
    },
  },
  {
    id: 'platform-konggang-xinqu',
    name_zh: '空港新区',
    name_en: 'Airport New Area',
    platform_kind: 'airport_area',
    doc: SEED_001,
    lines: 'L853',
    text: '加强温州经开区、浙南科技城、空港新区等重点功能区建设，集聚人口、创新等核心资源，发展高新产业，促进产城融合、职住平衡。',
    at: ['station:机场'],
    placement: 'station_point',
    county_adcode: '330303',
    see_also: `${SEED_001} L851`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：依据“空港”（机场）之名及“空港片”（第851行），点位取S1/S2线机场站（温州龙湾国际机场）。',
      en: 'No site in the seeds: placed at the S1/S2 station 机场 (温州龙湾国际机场), after the name 空港 (airport) and 空港片 (L851).',
    },
  },
  {
    id: 'platform-oujiangkou',
    name_zh: '瓯江口产业集聚区',
    name_en: 'Oujiangkou Industrial Cluster Zone',
    platform_kind: 'industry_cluster_area',
    doc: SEED_001,
    lines: 'L855,L961',
    text: '加快推进瓯江口产业集聚区与洞头区整合优化提升，进一步做强海洋经济、综合保税、跨境电商功能，全力推进瓯江口一期、大门海洋经济产业区块、洞头海岛旅游开发区块等建设，培育发展湾区经济，大力发展临港产业，加速港产城融合发展，努力建设成为浙南对外开放桥头堡、甬台温临港产业示范基地、温州都市区东拓主平台和国际旅游岛。',
    at: ['station:瓯江口'],
    placement: 'station_point',
    county_adcode: '330305',
    see_also: `${SEED_001} L819; ${SEED_002} L8952; ${SEED_003} L283-L285,L354-L356`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：点位取S1线瓯江口站。所在区（洞头区：第855行提出其与洞头区整合，且该站位于洞头区范围内）为推断。',
      en: 'No site in the seeds: placed at the S1 station named 瓯江口. The county (洞头区, with which L855 merges it; the station lies in the 洞头区 polygon) is inferred.',
    },
  },
  {
    id: 'platform-oujiangkou-xinqu',
    name_zh: '瓯江口新区',
    name_en: 'Oujiangkou New Area',
    platform_kind: 'new_area',
    doc: SEED_003,
    lines: 'L370-L380',
    text: '集中力量推进滨江商务区、中央绿轴、高铁新城、瓯海南部新区、东部综合交通枢纽、瓯江口新区、浙南产业集聚区滨海新区、瓯江北岸城市新区、温州北高铁枢纽建设，促进城市布局调整和功能提升。',
    at: ['station:瓯江口'],
    placement: 'station_point',
    county_adcode: '330305',
    see_also: `${SEED_004} L2947`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：与瓯江口产业集聚区取同一点位（S1线瓯江口站）。单列为独立要素：各源文件未说明瓯江口新区（003，属城市功能平台）与瓯江口产业集聚区为同一区域；004 第2947行另有“瓯江口新城”。',
      en: 'No site in the seeds: same point as 瓯江口产业集聚区 (S1 station 瓯江口). Kept as a separate feature: the seeds do not say that the 瓯江口新区 (003, an urban-function platform) is the same area as the 瓯江口产业集聚区; 004 L2947 also has a 瓯江口新城.',
    },
  },
  {
    id: 'platform-daxiaomen',
    name_zh: '大小门临港产业区',
    name_en: 'Daxiaomen port industry area',
    platform_kind: 'marine_industry_area',
    doc: SEED_001,
    lines: 'L855,L961',
    text: '“四区”即分别建设洞头海洋生态经济区、状元岙港区、大小门临港产业区、国家海洋特色产业园区',
    at: ['town:大门镇'],
    placement: 'town_point',
    county_adcode: '330305',
    also_named_zh: '大门海洋经济产业区块',
    inferred_note: {
      zh: '各源文件均未给出具体位置：依据“大小门”之名（大门岛与小门岛），点位取大门镇（洞头区）点位。',
      en: 'No site in the seeds: placed at the 大门镇 point (洞头区), after the name 大小门 (大门岛 and 小门岛).',
    },
  },
  {
    id: 'platform-marine-economy-zone',
    name_zh: '温州海洋经济发展示范区（综保区）',
    name_en: 'Wenzhou Marine Economy Development Demonstration Zone (comprehensive bonded zone)',
    platform_kind: 'marine_economy_zone',
    doc: SEED_004,
    lines: 'L857-L859',
    text: '推进温州海洋经济发展示范区（综保区）创建省级经开区、高新区。',
    at: ['station:瓯江口'],
    placement: 'station_point',
    county_adcode: '330305',
    status_zh: '创建省级经开区、高新区',
    see_also: `${SEED_001} L955-L963; ${SEED_002} L8952; ${SEED_004} L355`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：点位取瓯江口点位，因为001 第961行将瓯江口产业集聚区定为海洋经济发展示范区的“一核”，且002 第8952行列明瓯江口规划由海经区管委会牵头。',
      en: 'No site in the seeds: placed on the 瓯江口 point because 001 L961 makes the 瓯江口产业集聚区 the “一核” of the 海洋经济发展示范区, and 002 L8952 has the 海经区管委会 lead the 瓯江口 plan.',
    },
  },
  {
    id: 'platform-yueqing-kaifaqu',
    name_zh: '乐清经济开发区（高新区）',
    name_en: 'Yueqing Economic Development Zone (high-tech zone)',
    platform_kind: 'provincial_development_zone',
    doc: SEED_001,
    lines: 'L540',
    text: '力争温州东部新区、乐清经济开发区（高新区）、瑞安经济开发区（高新区）等创建成为“千亿级规模、百亿级税收”的省级高能级战略平台',
    at: ['seat:330382'],
    placement: 'county_seat_proxy',
    county_adcode: '330382',
    status_zh: '力争创建省级高能级战略平台',
    also_named_zh: '浙江乐清经济开发区（乐清智能电气高新技术产业园区）',
    see_also: `${SEED_004} L845-L851`,
    inferred_note: SEAT_PROXY_NOTE('乐清市'),
  },
  {
    id: 'platform-ruian-kaifaqu',
    name_zh: '瑞安经济开发区（高新区）',
    name_en: "Rui'an Economic Development Zone (high-tech zone)",
    platform_kind: 'provincial_development_zone',
    doc: SEED_001,
    lines: 'L540',
    text: '力争温州东部新区、乐清经济开发区（高新区）、瑞安经济开发区（高新区）等创建成为“千亿级规模、百亿级税收”的省级高能级战略平台',
    at: ['seat:330381'],
    placement: 'county_seat_proxy',
    county_adcode: '330381',
    status_zh: '力争创建省级高能级战略平台',
    also_named_zh: '浙江瑞安经济开发区（瑞安智能成套装备高新技术产业园区）',
    see_also: `${SEED_004} L845-L851`,
    inferred_note: SEAT_PROXY_NOTE('瑞安市'),
  },
  {
    id: 'platform-ruian-auto-parts-wmqy',
    name_zh: '瑞安汽车关键零部件',
    name_en: "Rui'an key automotive parts platform (\"10,000 mu, 100 billion\" new industry platform)",
    platform_kind: 'wanmu_qianyi_platform',
    doc: SEED_004,
    lines: 'L822-L826',
    text: '推进瑞安汽车关键零部件、乐清智能电力物联网“万亩千亿”新产业平台建设',
    at: ['seat:330381'],
    placement: 'county_seat_proxy',
    county_adcode: '330381',
    clusters_zh: '汽车零部件',
    clusters_note: {
      zh: '该平台得名于“5+5”中的汽车零部件产业集群（001 第475～477行）；001 第540行称之为“智能汽车关键零部件”。',
      en: 'The platform is named after the 汽车零部件 cluster of the 5+5 (001 L475-L477); 001 L540 calls it 智能汽车关键零部件.',
    },
    see_also: `${SEED_001} L540`,
    inferred_note: SEAT_PROXY_NOTE('瑞安市'),
  },
  {
    id: 'platform-yueqing-power-iot-wmqy',
    name_zh: '乐清智能电力物联网',
    name_en: 'Yueqing smart power IoT platform ("10,000 mu, 100 billion" new industry platform)',
    platform_kind: 'wanmu_qianyi_platform',
    doc: SEED_004,
    lines: 'L822-L826',
    text: '推进瑞安汽车关键零部件、乐清智能电力物联网“万亩千亿”新产业平台建设',
    at: ['seat:330382'],
    placement: 'county_seat_proxy',
    county_adcode: '330382',
    see_also: `${SEED_001} L540`,
    inferred_note: SEAT_PROXY_NOTE('乐清市'),
  },
  {
    id: 'platform-lucheng-kaifaqu',
    name_zh: '浙江鹿城经济开发区（筹）',
    name_en: 'Zhejiang Lucheng Economic Development Zone (in preparation)',
    platform_kind: 'provincial_development_zone',
    doc: SEED_004,
    lines: 'L853-L857',
    text: '加快推进浙江鹿城经济开发区（筹）（浙江温州鹿城轻工产业园区）、浙江乐清湾临港经济开发区（筹）（浙江乐清工业园区）、瑞安汽车零部件高新技术产业园区（筹）等平台去筹工作',
    at: ['seat:330302'],
    placement: 'county_seat_proxy',
    county_adcode: '330302',
    status_zh: '筹',
    also_named_zh: '浙江温州鹿城轻工产业园区',
    inferred_note: SEAT_PROXY_NOTE('鹿城区'),
  },
  {
    id: 'platform-yueqingwan-kaifaqu',
    name_zh: '浙江乐清湾临港经济开发区（筹）',
    name_en: 'Zhejiang Yueqing Bay Port Economic Development Zone (in preparation)',
    platform_kind: 'provincial_development_zone',
    doc: SEED_004,
    lines: 'L853-L857',
    text: '加快推进浙江鹿城经济开发区（筹）（浙江温州鹿城轻工产业园区）、浙江乐清湾临港经济开发区（筹）（浙江乐清工业园区）、瑞安汽车零部件高新技术产业园区（筹）等平台去筹工作',
    at: ['seat:330382'],
    placement: 'county_seat_proxy',
    county_adcode: '330382',
    status_zh: '筹',
    also_named_zh: '浙江乐清工业园区',
    inferred_note: SEAT_PROXY_NOTE('乐清市'),
  },
  {
    id: 'platform-ruian-auto-parts-hitech',
    name_zh: '瑞安汽车零部件高新技术产业园区（筹）',
    name_en: "Rui'an Automotive Parts High-tech Industrial Park (in preparation)",
    platform_kind: 'provincial_development_zone',
    doc: SEED_004,
    lines: 'L853-L857',
    text: '加快推进浙江鹿城经济开发区（筹）（浙江温州鹿城轻工产业园区）、浙江乐清湾临港经济开发区（筹）（浙江乐清工业园区）、瑞安汽车零部件高新技术产业园区（筹）等平台去筹工作',
    at: ['seat:330381'],
    placement: 'county_seat_proxy',
    county_adcode: '330381',
    status_zh: '筹',
    clusters_zh: '汽车零部件',
    clusters_note: {
      zh: '该园区得名于“5+5”中的汽车零部件产业集群（001 第475～477行）。',
      en: 'The park is named after the 汽车零部件 cluster of the 5+5 (001 L475-L477).',
    },
    inferred_note: SEAT_PROXY_NOTE('瑞安市'),
  },
  {
    id: 'platform-pingyang-binhai',
    name_zh: '平阳滨海新兴产业园',
    name_en: 'Pingyang Coastal Emerging Industries Park',
    platform_kind: 'industrial_park',
    doc: SEED_003,
    lines: 'L305-L311',
    text: '培育发展南部副中心，推进鳌江流域一体化发展，聚力建设平阳滨海新兴产业园、龙港新城产业区等产业平台，建设美丽浙江南大门。',
    at: ['seat:330326'],
    placement: 'county_seat_proxy',
    county_adcode: '330326',
    inferred_note: joinNotes(
      SEAT_PROXY_NOTE('平阳县'),
      { zh: '该园区位于滨海，而县城驻地不在滨海地带。', en: 'The park is coastal (滨海), the seat is not.' },
      SOURCE_2019_ACTION_PLAN,
    ),
  },
  {
    id: 'platform-longgang-xincheng',
    name_zh: '龙港新城产业区',
    name_en: 'Longgang New Town industrial area',
    platform_kind: 'industrial_park',
    doc: SEED_003,
    lines: 'L305-L311',
    text: '培育发展南部副中心，推进鳌江流域一体化发展，聚力建设平阳滨海新兴产业园、龙港新城产业区等产业平台，建设美丽浙江南大门。',
    at: ['seat:330383'],
    placement: 'county_seat_proxy',
    county_adcode: '330383',
    inferred_note: joinNotes(SEAT_PROXY_NOTE('龙港市'), SOURCE_2019_ACTION_PLAN),
  },
  {
    id: 'platform-shengtaiyuan',
    name_zh: '温州生态园',
    name_en: 'Wenzhou Ecological Park',
    platform_kind: 'functional_area',
    doc: SEED_001,
    lines: 'L682',
    text: '建立跨区域环境治理与保护机制，加强温州生态园、珊溪水库、南麂列岛等重要生态空间保护。',
    at: ['town:三垟街道'],
    placement: 'town_point',
    county_adcode: '330304',
    see_also: `${SEED_001} L1059; ${SEED_002} L8959-L8962; ${SEED_004} L2943`,
    inferred_note: {
      zh: '各源文件均未给出具体位置：点位取三垟街道点位（生态园以三垟湿地为中心属源文件以外的常识）。该园为设有独立管委会的功能区（002 第8959～8962行），因此列入平台图层。',
      en: 'No site in the seeds: placed at the 三垟街道 point (the 生态园 being centred on the 三垟湿地 is outside knowledge). A functional area with its own 管委会 (002 L8959-L8962), listed with the platforms for that reason.',
    },
  },
];

function platformFeature(ctx: BuildContext, p: PlatformRow): PlanFeature {
  const pts = p.at.map((s) => waypoint(ctx, s));
  const geometry: Point = { type: 'Point', coordinates: pts.length === 1 ? pts[0]!.coords : mean(pts.map((w) => w.coords)) };
  const sources = [...new Set(pts.map((w) => w.source))];
  if (sources.length !== 1) throw new Error(`${p.id}: points from several datasets`);
  return planFeature(ctx, geometry, {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    platform_kind: p.platform_kind,
    text_zh: p.text,
    also_named_zh: p.also_named_zh,
    status_zh: p.status_zh,
    clusters_zh: p.clusters_zh,
    ...bilingual('clusters_note', p.clusters_note),
    county_adcode: p.county_adcode,
    source_doc: p.doc,
    source_lines: p.lines,
    see_also: p.see_also,
    placement: p.placement,
    placed_at_zh: pts.map((w) => w.label).join('、'),
    geometry_quality: p.placement === 'member_centroid' || p.placement === 'county_seat_proxy' ? 'schematic' : 'derived',
    geometry_source: sources[0],
    inferred: true,
    ...bilingual('inferred_note', p.inferred_note),
  });
}

export const buildBelts: BuildStep = (ctx) => ({
  'belts/belts.geojson': collection(BELTS.map((b) => beltFeature(ctx, b))),
  'industry/platforms.geojson': collection(PLATFORMS.map((p) => platformFeature(ctx, p))),
});
