// What `npm run bench` measures: the model as it ships (bundled, like the worker).
export {
  simulate,
  DEFAULT_SCENARIO,
  runMonteCarlo,
  sensitivity,
  whatItTakes,
  SOLVE_LEVERS,
} from '../src/model';
