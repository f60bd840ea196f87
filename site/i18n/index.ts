// The site's words and formats, one file per kind: languages, number and month formats, dictionaries, page paths.
export * from './lang';
export * from './format';
export * from './words';
export * from './pages';
