// What only the rest of a long result draws (form.ts, `Shown.rest`): its chart and a policy's allowances. Loaded
// with the first result, not with the page, so that they are no part of the page's first view; the offline copy
// has them like every other file.
export { chart } from './chart';
export { allowancesBlock, policyName, windowFigure } from './policy-result';
