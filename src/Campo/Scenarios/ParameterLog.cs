using Campo.Domain;

namespace Campo.Scenarios;

/// <summary>Collects the <see cref="ParameterRecord"/>s read from one file, in reading order.</summary>
public sealed class ParameterLog
{
    private readonly List<ParameterRecord> _records = [];

    /// <summary>The records read so far.</summary>
    public IReadOnlyList<ParameterRecord> Records => _records;

    internal void Add(ParameterRecord record) => _records.Add(record);

    /// <summary>States the range the reader checked on the last record read for <paramref name="path"/>.</summary>
    internal void State(string path, ParameterRange range)
    {
        var last = _records.FindLastIndex(r => r.Path == path);
        if (last >= 0)
        {
            _records[last] = _records[last] with { Range = range };
        }
    }
}
