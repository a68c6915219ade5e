namespace Campo.Domain;

/// <summary>How far a figure can be trusted, following the reliability tags of the project's references.</summary>
public enum Reliability
{
    /// <summary>Read in the cited source.</summary>
    Verified,

    /// <summary>Taken from knowledge of a named document, not re-read: shown as "to verify" wherever used.</summary>
    ToVerify,

    /// <summary>Computed from cited data by a stated method.</summary>
    Computed,

    /// <summary>Chosen by the modeller or the user in place of a missing fact; always shown as an assumption.</summary>
    Assumption,
}

/// <summary>Where a figure comes from: a citation, or the assumption that stands in for a missing fact.</summary>
/// <param name="Source">The source (document, table, file and column) or, for an assumption, its justification.</param>
/// <param name="Reliability">How far the figure can be trusted.</param>
public sealed record Provenance(string Source, Reliability Reliability)
{
    /// <summary>True when users must be told the figure is not a verified fact.</summary>
    public bool NeedsFlag => Reliability is Reliability.ToVerify or Reliability.Assumption;

    /// <summary>A cited, verified source.</summary>
    public static Provenance Cited(string source) => new(source, Reliability.Verified);

    /// <summary>A stated assumption.</summary>
    public static Provenance Assumed(string justification) => new(justification, Reliability.Assumption);
}
