/** The https origins a site lets Import from a link reach, set at build time (vite.config.ts). */
declare const __DRILLBOOK_IMPORT_ORIGINS__: readonly string[];
