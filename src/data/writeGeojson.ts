/**
 * Serialises a FeatureCollection with one feature per line, so that a diff of a geodata file
 * shows which features changed. The output is byte-stable for the same input.
 */
export function writeFeatureCollection(fc: { readonly features: readonly unknown[] }): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
