/** The 12 county-level units of 温州市 (since 龙港 became a city in 2019), in adcode order. */
export const COUNTY_NAMES: Record<string, { zh: string; en: string }> = {
  '330302': { zh: '鹿城区', en: 'Lucheng' },
  '330303': { zh: '龙湾区', en: 'Longwan' },
  '330304': { zh: '瓯海区', en: 'Ouhai' },
  '330305': { zh: '洞头区', en: 'Dongtou' },
  '330324': { zh: '永嘉县', en: 'Yongjia' },
  '330326': { zh: '平阳县', en: 'Pingyang' },
  '330327': { zh: '苍南县', en: 'Cangnan' },
  '330328': { zh: '文成县', en: 'Wencheng' },
  '330329': { zh: '泰顺县', en: 'Taishun' },
  '330381': { zh: '瑞安市', en: "Rui'an" },
  '330382': { zh: '乐清市', en: 'Yueqing' },
  '330383': { zh: '龙港市', en: 'Longgang' },
};
