/**
 * The header JSON and weights base64 of a module generatedModule() wrote, as the shipped model's loader receives
 * them, so a test can round-trip a trained model through its module text.
 */
export function generatedParts(module: string, prefix: string): { header: string; weights: string } {
  const constant = (name: string): string =>
    new RegExp(`${prefix}_${name} =\\s+'(.*)';`).exec(module)?.[1]?.replace(/\\'/g, "'") ?? '';
  return { header: constant('HEADER'), weights: constant('WEIGHTS') };
}
