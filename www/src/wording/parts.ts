// The parts of a catalogue (one file each in vi/ and en/) that each calculator's notes come from, besides those
// every result and error may use: a page loads the words of the calculators its engine has, not all of them.
// tests/js/wording.test.mjs renders every case with only its calculator's parts, as the site would.

/** A part of a catalogue: the name of its file in each language's folder. */
export type Part = 'common' | 'parameters' | 'inputs' | 'contributions' | 'history' | 'record' | 'pension' | 'withdrawal' | 'comparison';

/** What any result or error may say: the parameters it used (and their names), and what is wrong with the input. */
const everyResult: Part[] = ['common', 'parameters', 'inputs'];

/** Each calculator's own parts. */
const partsOf: Record<string, Part[]> = {
  contribution: ['contributions'],
  voluntaryContribution: ['contributions'],
  retirementAge: ['pension'],
  pension: ['history', 'pension'],
  oneTimeWithdrawal: ['history', 'pension', 'withdrawal'],
  compareWithdrawal: ['history', 'pension', 'withdrawal', 'comparison'],
  readRecord: ['history', 'record'],
};

/** The parts the calculators `functions` speak with (a name that is no calculator adds none). */
export const partsFor = (functions: string[]): Part[] =>
  [...new Set([...everyResult, ...functions.flatMap((f) => partsOf[f] ?? [])])];

/**
 * The parts that pages load together, by the name of the one file the site builds of each set in each language
 * (`words-vi-common`, …: www/vite.config.ts): those of every result, of a pension, and of a withdrawal. Fewer
 * requests, and compressed together they are smaller than apart.
 */
export const loadedTogether: Record<string, Part[]> = {
  common: everyResult,
  pension: ['history', 'pension'],
  withdrawal: ['withdrawal', 'comparison'],
};
