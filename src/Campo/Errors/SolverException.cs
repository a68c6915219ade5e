namespace Campo.Errors;

/// <summary>
/// A model that could not be solved to its tolerance: the message names the market, commodity or estimate,
/// the residual reached and what to try. Solvers return a status; callers that need an answer throw this.
/// </summary>
public sealed class SolverException : CampoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="problem">What did not converge and how far it got.</param>
    /// <param name="expected">What the user can try.</param>
    public SolverException(string problem, string? expected = null)
        : base(problem, expected)
    {
    }
}
