/**
 * Hostile input for compare and sweep and for what shows their results (tables and chart specs),
 * with the contract of hostile.test.ts: a hostile value in one record reports that record only.
 */
import { hostileSuite, WHAT_IF } from '../helpers/hostile-suite.js';

hostileSuite((name) => WHAT_IF.has(name));
