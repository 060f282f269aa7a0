/**
 * Unit spellings people type after numbers, mapped to one canonical unit so the profiler can tell
 * "one unit written three ways" (`oz`, `OZ.`, `ounce`) from "different units" (`kg` and `g`).
 */
const UNIT_SPELLINGS: Record<string, string[]> = {
  oz: ['oz', 'ounce', 'ounces', 'fl oz', 'floz'],
  g: ['g', 'gr', 'gram', 'grams', 'gramm'],
  kg: ['kg', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kgs'],
  mg: ['mg', 'milligram'],
  t: ['t', 'ton', 'tonne', 'tonnes'],
  lb: ['lb', 'lbs', 'pound', 'pounds'],
  l: ['l', 'ltr', 'liter', 'litre', 'liters', 'litres'],
  ml: ['ml', 'milliliter', 'millilitre'],
  cl: ['cl', 'centiliter'],
  m: ['m', 'meter', 'metre', 'meters', 'mtr'],
  cm: ['cm', 'centimeter'],
  mm: ['mm', 'millimeter'],
  km: ['km', 'kilometer'],
  '°C': ['°c', 'c', 'graden', 'celsius', 'gr c', 'deg c'],
  '°F': ['°f', 'f', 'fahrenheit'],
  K: ['k', 'kelvin'],
  h: ['h', 'u', 'uur', 'hr', 'hrs', 'hour', 'hours'],
  min: ['min', 'mins', 'minuut', 'minuten', 'minute', 'minutes'],
  s: ['s', 'sec', 'seconde', 'seconden', 'second', 'seconds'],
  kWh: ['kwh'],
  W: ['w', 'watt'],
  kW: ['kw', 'kilowatt'],
  EUR: ['€', 'eur', 'euro'],
  USD: ['$', 'usd'],
  pcs: ['st', 'stuks', 'stuk', 'pcs', 'pc', 'x'],
};

const LOOKUP = new Map<string, string>();
for (const [canonical, spellings] of Object.entries(UNIT_SPELLINGS)) {
  for (const s of spellings) LOOKUP.set(s, canonical);
}

/**
 * The canonical unit for a spelling (`OZ.` → `oz`, `Kilo` → `kg`); unknown spellings come back
 * lower-cased without trailing dots, so `Stk.` and `stk` still match each other.
 */
export function canonicalUnit(spelling: string): string {
  const key = spelling.trim().toLowerCase().replace(/\.+$/, '').replace(/\s+/g, ' ');
  return LOOKUP.get(key) ?? key;
}
