// What `npm run bench` measures: the model as it ships (bundled, like the worker).
export {
  simulate,
  DEFAULT_SCENARIO,
  runMonteCarlo,
  sensitivities,
  whatItTakes,
  SOLVE_LEVERS,
} from '../src/model';
