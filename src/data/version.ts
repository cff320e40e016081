/**
 * The model-and-data version written into every link (`m=`). Bump it whenever a change to
 * src/model or src/data can change the numbers a link shows; old links then say so.
 */
export const MODEL_VERSION = '1';
