using Campo.Domain;
using Campo.Errors;

namespace Campo.Scenarios;

/// <summary>
/// One number a scenario sets, where it was written and where it comes from. Every output that uses a
/// parameter whose <see cref="Provenance"/> needs a flag (to verify, or an assumption) lists it.
/// </summary>
/// <param name="Path">The dotted key, such as <c>market_access.developed.swiss_coefficient</c>.</param>
/// <param name="Value">The value as written (a number).</param>
/// <param name="Provenance">The cited source or the assumption.</param>
/// <param name="Location">Where the value is written.</param>
public sealed record ParameterRecord(string Path, double Value, Provenance Provenance, SourceLocation Location);

/// <summary>Collects the <see cref="ParameterRecord"/>s read from one file, in reading order.</summary>
public sealed class ParameterLog
{
    private readonly List<ParameterRecord> _records = [];

    /// <summary>The records read so far.</summary>
    public IReadOnlyList<ParameterRecord> Records => _records;

    internal void Add(ParameterRecord record) => _records.Add(record);
}
