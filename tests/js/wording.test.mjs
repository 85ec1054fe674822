// The wording of what the engine says (www/src/wording/, shipped as pkg/wording/): every note the engine can
// write has words in every catalogue, with the same placeholders; every parameter has a name; every case's
// notes render without a missing figure; and the rendered text of the golden cases matches its files
// (`BLESS=1 node --test tests/js/wording.test.mjs` rewrites them after a deliberate change of wording).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as api from '../../pkg/index.js';
import { catalogues, placeholders } from '../../pkg/wording/describe.js';
import { partsFor } from '../../pkg/wording/parts.js';
import { rounded, sayIn } from '../../pkg/wording/say.js';
import { calculate, loadCases } from './cases.mjs';

api.initSync({ module: readFileSync(new URL('../../pkg/bhxh_bg.wasm', import.meta.url)) });

const noteIds = JSON.parse(readFileSync(new URL('../golden/note-ids.json', import.meta.url), 'utf8'));
const parameterKeys = api.parameters().parameters.map((p) => `parameter.${p.id}`);
const languages = Object.keys(catalogues);

test('every note and every parameter has words in every catalogue, with the same placeholders, and no words are left over', () => {
  assert.deepEqual(languages, ['vi', 'en']);
  const expected = [...noteIds, ...parameterKeys].sort();
  for (const language of languages) {
    assert.deepEqual(Object.keys(catalogues[language]).sort(), expected, `${language}: the catalogue's ids`);
  }
  for (const id of expected) {
    const [first, ...others] = languages.map((l) => placeholders(catalogues[l][id]));
    for (const other of others) assert.deepEqual(other, first, `${id}: the same placeholders in every language`);
  }
});

/** Every note of a result (an object with an id and figures), and its words in each language. */
function notesOf(result) {
  const found = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      // (An object with its own `vi` is a part of the engine that still writes its sentences.)
      if (typeof v.id === 'string' && v.figures && typeof v.figures === 'object' && !('vi' in v)) found.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk(result);
  return found;
}

const cases = loadCases();
const explained = (c) => (c.calculator === 'record' ? c : { ...c, input: { ...c.input, explain: true } });

test('every note of every case names a known id and renders every figure it names', () => {
  for (const c of cases) {
    if (!c.input || typeof c.input !== 'object' || Array.isArray(c.input)) continue;
    const result = calculate(api, explained(c));
    for (const note of [...notesOf(result), ...(result.error?.id ? [result.error] : [])]) {
      assert.ok(noteIds.includes(note.id), `${c.calculator}/${c.name}: ${note.id} is not a known note`);
      for (const language of languages) {
        const text = api.say(note, language);
        assert.doesNotMatch(text, /\{\w/, `${c.calculator}/${c.name}: ${note.id} in ${language} lacks a figure: ${text}`);
      }
    }
  }
});

test("every case's notes read the same with only its calculator's parts of the catalogue, as the site loads them", async () => {
  const functionOf = { contribution: 'contribution', voluntary: 'voluntaryContribution', retirement_age: 'retirementAge', pension: 'pension', one_time: 'oneTimeWithdrawal', compare: 'compareWithdrawal', record: 'readRecord' };
  const part = async (language, name) => (await import(`../../pkg/wording/${language}/${name}.js`)).default;
  let checked = 0;
  for (const c of cases) {
    if (!c.input || typeof c.input !== 'object' || Array.isArray(c.input)) continue;
    const result = calculate(api, explained(c));
    const parts = partsFor([functionOf[c.calculator]]);
    for (const language of languages) {
      const catalogue = Object.assign({}, ...(await Promise.all(parts.map((name) => part(language, name)))));
      for (const note of [...notesOf(result), ...(result.error?.id ? [result.error] : [])]) {
        assert.equal(sayIn(catalogue, language, note), api.say(note, language), `${c.calculator}/${c.name}: ${note.id} in ${language} with ${parts.join(', ')}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 1000, `${checked} notes`);
  // A part left out shows: the withdrawal's words are not the contributions'.
  const onlyContributions = Object.assign({}, ...(await Promise.all(partsFor(['contribution']).map((name) => part('vi', name)))));
  assert.equal(onlyContributions.withdrawalOpen, undefined);
});

const golden = JSON.parse(readFileSync(new URL('../golden/cases.json', import.meta.url), 'utf8'));

test('the words of the golden cases match their files', () => {
  for (const key of golden) {
    const c = cases.find((x) => `${x.calculator}/${x.name}` === key);
    assert.ok(c, `${key}: no such case`);
    const result = calculate(api, explained(c));
    const words = Object.fromEntries(languages.map((l) => [l, [...notesOf(result), ...(result.error ? [result.error] : [])].map((n) => (n === result.error ? n[l === 'vi' ? 'messageVi' : 'messageEn'] : api.say(n, l)))]));
    const file = new URL(`../golden/${key.replace('/', '.')}.words.json`, import.meta.url);
    const actual = `${JSON.stringify(words, null, 1)}\n`;
    if (process.env.BLESS) writeFileSync(file, actual);
    assert.ok(existsSync(file), `${file.pathname} is missing: run with BLESS=1`);
    assert.equal(readFileSync(file, 'utf8'), actual, `${key}: the words differ from the golden file`);
  }
});

test('numbers are written as Intl.NumberFormat writes them for vi-VN and en-GB, without it', () => {
  const values = [0, 1, 7, 12, 999, 1000, 1234, 99_999.5, 1_000_000, 1_050_000, 20_000_000, 123_456_789, 2 ** 53 - 1, -1, -1234.5, -20_000_000,
    0.005, 0.015, 1.005, 2.5, 3.45, 6.25, 6.35, 17.5, 33.333333, 78.83, 99.995, 1e15 + 0.5];
  // And numbers of every size with up to 4 decimals, from a fixed seed.
  let seed = 15;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 2000; i++) values.push(Math.round((next() - 0.2) * 10 ** Math.floor(next() * 14)) / 10 ** Math.floor(next() * 5));
  for (const [language, locale] of [['vi', 'vi-VN'], ['en', 'en-GB']]) {
    for (const decimals of [0, 1, 2]) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
      for (const n of values) {
        const expected = intl.format(n).replace(/^-(?=0$)/, ''); // Intl writes -0 for a negative that rounds to 0
        assert.equal(rounded(n, language, decimals), expected, `${n} to ${decimals} decimals in ${language}`);
      }
    }
    const big = 9_999_999_999_999_999n;
    assert.equal(rounded(big, language), new Intl.NumberFormat(locale).format(big));
  }
  assert.equal(rounded(1_234_567.891, 'vi', 2), '1.234.567,89');
  assert.equal(rounded(1_234_567.891, 'en', 1), '1,234,567.9');
  assert.equal(rounded(-0.2, 'vi'), '0');
});
