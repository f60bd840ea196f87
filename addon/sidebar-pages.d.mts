// Types of addon/sidebar-pages.mjs for the TypeScript tests.
/** addon/src/sidebar, where the pages and their shared parts are. */
export declare const SIDEBAR_DIR: string;
/** The names of the sidebar pages (their .html files without the ending), sorted. */
export declare function sidebarPageNames(): string[];
/** One page with common.css, common.js (and any other marked .css/.js) inlined: the file build.mjs writes to dist. */
export declare function renderSidebarPage(name: string): string;
