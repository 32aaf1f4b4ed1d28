/**
 * Record ids that the library repeats in results, traces and errors: the schema layer's
 * {@link recordIdSchema}, named here for the rules and programmes that import it from this path.
 *
 * @module
 */
export { recordIdSchema } from '../schema/record-id.js';
