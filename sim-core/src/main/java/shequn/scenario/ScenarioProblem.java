package shequn.scenario;

/**
 * One thing wrong with a scenario.
 *
 * @param path    the field at fault in file spelling, e.g. {@code groups[1].max_size}; "" for the whole scenario
 * @param message what is wrong and, where it helps, what would be right
 */
public record ScenarioProblem(String path, String message) {
}
