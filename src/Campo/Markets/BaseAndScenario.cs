namespace Campo.Markets;

/// <summary>A figure in the base year and in the scenario, side by side (serialises as two named properties).</summary>
/// <typeparam name="T">The figure's type, such as <see cref="Campo.Domain.Tonnes"/>.</typeparam>
/// <param name="Base">The base-year value.</param>
/// <param name="Scenario">The scenario's value.</param>
public readonly record struct BaseAndScenario<T>(T Base, T Scenario);
