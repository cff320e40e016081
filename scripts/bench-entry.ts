// What `npm run bench` measures: the model as it ships (bundled, like the worker).
export { simulate, DEFAULT_SCENARIO } from '../src/model';
export { runMonteCarlo } from '../src/model/montecarlo';
export { sensitivity } from '../src/model/sensitivity';
