/**
 * Charts and reports drawn from the tidy tables the other commands write (JFreeChart; arrives
 * with the charts issue). Depends on sim-core for table types only, never on the engine's state.
 */
package shequn.viz;
