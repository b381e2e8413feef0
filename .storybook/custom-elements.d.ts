/**
 * `custom-elements.json` is generated (`npm run analyze`) and not committed. When it is missing
 * (a fresh clone type-checking before any build), this declaration keeps `tsc` quiet; once it
 * exists, TypeScript reads the real file.
 */
declare module '*/custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
