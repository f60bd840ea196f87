// Which paths go to the workbook reader rather than the CSV one: told by extension, so a workbook renamed .csv keeps the CSV reader's Save-As advice.

/** .xlsx and its macro/template kin are read; the rest are refused by the workbook reader with advice fitting each (.xls, .et, .ods …). */
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xls', 'xlsb', 'et', 'ett', 'ods', 'numbers']);

export function isWorkbookPath(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 && WORKBOOK_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
