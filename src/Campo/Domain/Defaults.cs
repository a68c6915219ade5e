namespace Campo.Domain;

/// <summary>
/// The defaults every entry point shares (the library's options, <c>campo run</c> and <c>campo negotiate</c>, the web
/// server), in one place so that they cannot drift apart. Changing one changes every result that rests on it.
/// </summary>
public static class Defaults
{
    /// <summary>The seed of every random stream (Monte Carlo draws, the draft search's Latin hypercube): 2005.</summary>
    public const ulong Seed = 2005;

    /// <summary>Monte Carlo draws for the bands of <c>campo run</c> and the robustness of a verdict: 200.</summary>
    public const int Draws = 200;

    /// <summary>
    /// Coefficient of variation of the lognormal factor on every elasticity: 0.25. An assumption: the sources give
    /// point elasticities without standard errors, so the spread is chosen, stated in every report and settable.
    /// </summary>
    public const double ElasticityCv = 0.25;
}
