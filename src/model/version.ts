/**
 * The model's version, written into every link (`m=`) beside the data release (`d=`). Bump it
 * whenever a change to src/model can change the numbers a link shows; old links then say so.
 * Version 2: the dated world, the tariff side by goods class, threats then implementation,
 * default risk that responds to project quality, one answer from the Monte Carlo.
 */
export const MODEL_VERSION = '2';
