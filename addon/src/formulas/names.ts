// Spreadsheet names: the named range of a setting and (from shared/a1) the letter of a column.

/** 'tier.vip.spend' → 'KEFU_TIER_VIP_SPEND': the named range the Settings sheet defines for a setting. */
export function namedRange(settingKey: string): string {
  return `KEFU_${settingKey.replace(/[.-]/g, '_').toUpperCase()}`;
}

export { columnLetter } from '../../../shared/a1';
