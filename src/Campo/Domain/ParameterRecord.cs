using System.Text.Json.Serialization;
using Campo.Errors;

namespace Campo.Domain;

/// <summary>
/// One number a scenario sets, where it was written and where it comes from. Every output that uses a
/// parameter whose <see cref="Provenance"/> needs a flag (to verify, or an assumption) lists it.
/// </summary>
/// <param name="Path">The dotted key, such as <c>market_access.developed.swiss_coefficient</c>.</param>
/// <param name="Value">The value as written (a number).</param>
/// <param name="Provenance">The cited source or the assumption.</param>
/// <param name="Location">Where the value is written.</param>
/// <param name="Range">The values the reader accepts for this key, when it states a range (null when any number is read).</param>
public sealed record ParameterRecord(string Path, double Value, Provenance Provenance, SourceLocation Location, ParameterRange? Range = null);

/// <summary>The values a scenario key accepts, as its reader checks them: what an editor offers and states at the control.</summary>
/// <param name="Min">The smallest value accepted.</param>
/// <param name="Max">The largest value accepted.</param>
/// <param name="Unit">The unit as the reader writes it ("%", "" for none).</param>
/// <param name="WholeNumbers">True when only whole numbers are accepted (years, counts).</param>
public sealed record ParameterRange(double Min, double Max, string Unit, bool WholeNumbers);

/// <summary>
/// One choice a scenario makes among named values (a tariff formula, the placement of cuts, the rule that designates
/// special products), where it was written and the names the reader accepts: what an editor offers as a choice.
/// </summary>
/// <param name="Path">The dotted key, such as <c>market_access.developed.placement</c>.</param>
/// <param name="Value">The name as written.</param>
/// <param name="Allowed">The names the reader accepts for the key, in the reader's order.</param>
/// <param name="Location">Where the value is written.</param>
public sealed record ChoiceRecord(string Path, string Value, IReadOnlyList<string> Allowed, SourceLocation Location);

/// <summary>A draft number the results rest on that is not a verified fact.</summary>
/// <param name="Path">The scenario key.</param>
/// <param name="Value">The value.</param>
/// <param name="Status">To verify or an assumption (or computed); JSON spells it as a scenario file does ("to-verify").</param>
/// <param name="Source">Its source or justification.</param>
public sealed record FlaggedParameter(string Path, double Value, ParameterStatus Status, string Source);

/// <summary>
/// A parameter's reliability as results state it, spelled as a scenario file's <c>status</c> ("verified", "to-verify",
/// "computed", "assumption"): the JSON of the results has always used that spelling.
/// </summary>
public enum ParameterStatus
{
    /// <summary>Read in the cited source.</summary>
    Verified,

    /// <summary>Taken from knowledge of a named document, not re-read.</summary>
    [JsonStringEnumMemberName("to-verify")]
    ToVerify,

    /// <summary>Computed from cited data by a stated method.</summary>
    Computed,

    /// <summary>Chosen in place of a missing fact.</summary>
    Assumption,
}

/// <summary>The status of a parameter from its provenance's reliability.</summary>
public static class ParameterStatuses
{
    /// <summary>The status that states a reliability in the results.</summary>
    public static ParameterStatus Of(Reliability reliability) => reliability switch
    {
        Reliability.Verified => ParameterStatus.Verified,
        Reliability.ToVerify => ParameterStatus.ToVerify,
        Reliability.Computed => ParameterStatus.Computed,
        _ => ParameterStatus.Assumption,
    };
}
