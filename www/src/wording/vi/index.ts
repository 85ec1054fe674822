// The Vietnamese wording of everything the engine says, by note id (see ../say.ts for the placeholders).
import type { Catalogue } from '../say.ts';
import common from './common.ts';
import parameters from './parameters.ts';
import inputs from './inputs.ts';
import contributions from './contributions.ts';
import record from './record.ts';
import history from './history.ts';
import pension from './pension.ts';
import withdrawal from './withdrawal.ts';
import comparison from './comparison.ts';

const catalogue: Catalogue = { ...common, ...parameters, ...inputs, ...contributions, ...record, ...history, ...pension, ...withdrawal, ...comparison };
export default catalogue;
