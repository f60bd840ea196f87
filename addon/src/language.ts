// The workbook's chosen language, kept in the document's properties (zh until someone picks English).
import type { Lang } from './rpc-contract';

const KEY = 'kefu.lang';

export function getLanguage(): Lang {
  // Null outside a document (e.g. run from the script editor of a standalone project).
  const properties = PropertiesService.getDocumentProperties();
  return properties?.getProperty(KEY) === 'en' ? 'en' : 'zh';
}

export function setLanguage(lang: Lang): void {
  PropertiesService.getDocumentProperties()?.setProperty(KEY, lang);
}
