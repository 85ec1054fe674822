// The English wording of everything the engine says, by note id (see ../say.ts for the placeholders).
import type { Catalogue } from '../say.ts';
import common from './common.ts';
import parameters from './parameters.ts';
import withdrawal from './withdrawal.ts';
import comparison from './comparison.ts';

const catalogue: Catalogue = { ...common, ...parameters, ...withdrawal, ...comparison };
export default catalogue;
