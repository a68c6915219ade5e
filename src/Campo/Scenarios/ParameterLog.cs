using Campo.Domain;

namespace Campo.Scenarios;

/// <summary>Collects the <see cref="ParameterRecord"/>s read from one file, in reading order.</summary>
public sealed class ParameterLog
{
    private readonly List<ParameterRecord> _records = [];

    /// <summary>The records read so far.</summary>
    public IReadOnlyList<ParameterRecord> Records => _records;

    internal void Add(ParameterRecord record) => _records.Add(record);
}
