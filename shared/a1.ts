// Spreadsheet notation shared by the add-on's formulas, the Excel template's and the export's cell names: A1 letters, quoted sheet names, setting names, text literals.

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

/** A sheet name quoted for a formula or an A1 reference: 'Calls''s log'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'tier.vip.spend' → 'KEFU_TIER_VIP_SPEND': the named range of a setting's cell, one name in Google Sheets and in Excel. */
export function namedRange(settingKey: string): string {
  return `KEFU_${settingKey.replace(/[.-]/g, '_').toUpperCase()}`;
}

/** A string literal for a formula; a quote inside is doubled. */
export function formulaText(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
