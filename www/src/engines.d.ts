// The per-calculator engines, `@engines/<calculator>/bhxh.js` (target/engines/, built by scripts/run.sh).
// Their functions are typed by the package's declarations, through `Engine` in engine.ts.
declare module '@engines/*' {
  export default function init(): Promise<unknown>;
}
