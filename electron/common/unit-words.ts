/**
 * Every unit a report may state, as [Simplified, Traditional, English]: the closed list that
 * extraction reads units from and the report file checks them against. A unit is one of these,
 * after an optional magnitude word (亿元 is 亿 + 元): 百亿元 stays 100 亿元, as printed. Add a unit
 * here, with its words, and both extraction and the report file know it.
 */
export type UnitWord = readonly [hans: string, hant: string, en: string];

export const BASE_UNIT_WORDS: readonly UnitWord[] = [
  // money
  ['元', '元', 'yuan'],
  ['美元', '美元', 'US dollars'],
  ['港元', '港元', 'HK dollars'],
  ['澳门元', '澳門元', 'patacas'],
  ['欧元', '歐元', 'euros'],
  ['日元', '日元', 'yen'],
  ['元/平方米', '元/平方米', 'yuan/m²'],
  ['元/人', '元/人', 'yuan per person'],
  ['元/亩', '元/畝', 'yuan/mu'],
  ['元/吨', '元/噸', 'yuan/t'],
  // shares and changes
  ['%', '%', '%'],
  ['个百分点', '個百分點', 'percentage points'],
  ['百分点', '百分點', 'percentage points'],
  ['倍', '倍', 'times'],
  ['‰', '‰', '‰'],
  ['成', '成', 'tenths'],
  // counts of things
  ['户', '戶', 'firms'],
  ['家', '家', 'firms'],
  ['个', '個', 'items'],
  ['项', '項', 'items'],
  ['件', '件', 'items'],
  ['份', '份', 'documents'],
  ['名', '名', 'people'],
  ['位', '位', 'people'],
  ['人', '人', 'people'],
  ['人次', '人次', 'attendances'],
  ['次', '次', 'times'],
  ['辆', '輛', 'vehicles'],
  ['台', '臺', 'units'],
  ['套', '套', 'sets'],
  ['座', '座', 'structures'],
  ['所', '所', 'institutions'],
  ['处', '處', 'sites'],
  ['条', '條', 'lines'],
  ['张', '張', 'sheets'],
  ['间', '間', 'rooms'],
  ['栋', '棟', 'buildings'],
  ['幢', '幢', 'buildings'],
  ['艘', '艘', 'vessels'],
  ['架', '架', 'aircraft'],
  ['架次', '架次', 'flights'],
  ['列', '列', 'trains'],
  ['班', '班', 'services'],
  ['例', '例', 'cases'],
  ['床', '床', 'beds'],
  ['篇', '篇', 'papers'],
  ['册', '冊', 'volumes'],
  ['种', '種', 'kinds'],
  ['款', '款', 'models'],
  ['只', '隻', 'head'],
  ['头', '頭', 'head'],
  ['株', '株', 'plants'],
  ['棵', '棵', 'trees'],
  ['批次', '批次', 'batches'],
  ['场', '場', 'events'],
  ['场次', '場次', 'sessions'],
  ['部', '部', 'units'],
  ['家次', '家次', 'firm visits'],
  ['宗', '宗', 'cases'],
  ['起', '起', 'incidents'],
  ['单', '單', 'orders'],
  ['笔', '筆', 'transactions'],
  ['支', '支', 'teams'],
  ['门', '門', 'courses'],
  ['个点', '個點', 'sites'],
  ['标箱', '標箱', 'TEU'],
  ['箱', '箱', 'boxes'],
  ['趟', '趟', 'trips'],
  ['对', '對', 'pairs'],
  ['组', '組', 'groups'],
  ['块', '塊', 'plots'],
  ['根', '根', 'pieces'],
  ['颗', '顆', 'pieces'],
  ['片', '片', 'areas'],
  ['口', '口', 'wells'],
  ['眼', '眼', 'wells'],
  ['车次', '車次', 'vehicle trips'],
  ['人年', '人年', 'person-years'],
  ['年', '年', 'years'],
  ['岁', '歲', 'years of age'],
  ['项次', '項次', 'item-times'],
  ['周岁', '周歲', 'years of age'],
  // measures
  ['吨', '噸', 't'],
  ['公斤', '公斤', 'kg'],
  ['千克', '千克', 'kg'],
  ['克', '克', 'g'],
  ['斤', '斤', 'jin'],
  ['吨标准煤', '噸標準煤', 'tce'],
  ['吨标煤', '噸標煤', 'tce'],
  ['平方千米', '平方千米', 'km²'],
  ['平方公里', '平方公里', 'km²'],
  ['平方米', '平方米', 'm²'],
  ['立方米', '立方米', 'm³'],
  ['方', '方', 'm³'],
  ['公顷', '公頃', 'ha'],
  ['亩', '畝', 'mu'],
  ['千米', '千米', 'km'],
  ['公里', '公里', 'km'],
  ['米', '米', 'm'],
  ['千瓦', '千瓦', 'kW'],
  ['千瓦时', '千瓦時', 'kWh'],
  ['度', '度', 'kWh'],
  ['瓦', '瓦', 'W'],
  ['兆瓦', '兆瓦', 'MW'],
  ['吉瓦', '吉瓦', 'GW'],
  ['千伏安', '千伏安', 'kVA'],
  ['公里/小时', '公里/小時', 'km/h'],
  ['千米/小时', '千米/小時', 'km/h'],
  ['升', '升', 'L'],
  ['毫升', '毫升', 'mL'],
  ['微克/立方米', '微克/立方米', 'µg/m³'],
  ['分贝', '分貝', 'dB'],
  ['TEU', 'TEU', 'TEU'],
  ['GWh', 'GWh', 'GWh'],
  ['MW', 'MW', 'MW'],
  ['GW', 'GW', 'GW'],
  ['kW', 'kW', 'kW'],
];

/** Magnitude words before a unit, largest first where one starts another (万亿 before 万). */
export const MAGNITUDE_WORDS: readonly UnitWord[] = [
  ['万亿', '萬億', 'trillion'],
  ['千亿', '千億', '100 billion'],
  ['百亿', '百億', '10 billion'],
  ['千万', '千萬', '10 million'],
  ['百万', '百萬', 'million'],
  ['十万', '十萬', '100,000'],
  ['亿', '億', '100 million'],
  ['万', '萬', '10,000'],
  ['千', '千', 'thousand'],
  // Taiwan's 兆 is a trillion (1兆元); 兆瓦 is a unit of its own, matched whole first.
  ['兆', '兆', 'trillion'],
];

export type UnitParts = { magnitude: UnitWord | undefined; base: UnitWord };

const byHans = new Map<string, UnitWord>();
for (const word of BASE_UNIT_WORDS) {
  byHans.set(word[0], word);
  byHans.set(word[1], word);
}

/** Magnitudes that may stand as a unit alone, in Simplified script (GDP 56.7亿, 4.5万亿量级). */
export const BARE_MAGNITUDES: readonly string[] = ['亿', '万', '万亿'];

/** A magnitude printed with no unit after it (GDP 56.7亿): the number's scale is all the unit there is. */
const NO_UNIT: UnitWord = ['', '', ''];

/** A unit's magnitude word and base unit, in either script; undefined for a unit not on the list. */
export function unitParts(unit: string): UnitParts | undefined {
  const whole = byHans.get(unit);
  if (whole) return { magnitude: undefined, base: whole };
  const bare = MAGNITUDE_WORDS.find((m) => m[0] === unit || m[1] === unit);
  if (bare && BARE_MAGNITUDES.includes(bare[0])) return { magnitude: bare, base: NO_UNIT };
  for (const magnitude of MAGNITUDE_WORDS) {
    for (const form of [magnitude[0], magnitude[1]]) {
      if (!unit.startsWith(form)) continue;
      const base = byHans.get(unit.slice(form.length));
      if (base) return { magnitude, base };
    }
  }
  return undefined;
}

export function isKnownUnit(unit: string): boolean {
  return unitParts(unit) !== undefined;
}

/** The unit in one script: 亿元 → 億元 (Traditional, the report file's form) or back. */
export function unitInScript(unit: string, script: 'zh-Hans' | 'zh-Hant'): string {
  const parts = unitParts(unit);
  if (!parts) return unit;
  const i = script === 'zh-Hans' ? 0 : 1;
  return `${parts.magnitude?.[i] ?? ''}${parts.base[i]}`;
}

/** English words for a unit the catalog does not name: "10,000 people", "100 million yuan". */
export function englishUnit(unit: string): string {
  const parts = unitParts(unit);
  if (!parts) return unit;
  return parts.magnitude ? `${parts.magnitude[2]} ${parts.base[2]}`.trim() : parts.base[2];
}
