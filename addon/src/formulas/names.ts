// Spreadsheet names: the named range of a setting and the letter of a column.

/** 'tier.vip.spend' → 'KEFU_TIER_VIP_SPEND': the named range the Settings sheet defines for a setting. */
export function namedRange(settingKey: string): string {
  return `KEFU_${settingKey.replace(/[.-]/g, '_').toUpperCase()}`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
