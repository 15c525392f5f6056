/**
 * IČO check digit: weights 8..2 over the first seven digits, c = (11 - sum % 11) % 10.
 * The registry and ARES reject an IČO whose eighth digit disagrees. One copy for the API's validation, the registry
 * import, the demo seeds and the PWA's forms.
 */
export function icoCheckDigit(firstSeven: string): number {
  if (!/^\d{7}$/.test(firstSeven)) throw new Error(`IČO needs seven leading digits, got "${firstSeven}"`);
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(firstSeven[i]) * (8 - i);
  return (11 - (sum % 11)) % 10;
}

export function isValidIco(ico: string): boolean {
  return /^\d{8}$/.test(ico) && icoCheckDigit(ico.slice(0, 7)) === Number(ico[7]);
}
