using Campo.Domain;

namespace Campo.Scenarios;

/// <summary>Collects the <see cref="ParameterRecord"/>s read from one file, in reading order.</summary>
public sealed class ParameterLog
{
    private readonly List<ParameterRecord> _records = [];
    private readonly List<ChoiceRecord> _choices = [];

    /// <summary>The records read so far.</summary>
    public IReadOnlyList<ParameterRecord> Records => _records;

    /// <summary>The choices among named values read so far, in reading order.</summary>
    public IReadOnlyList<ChoiceRecord> Choices => _choices;

    internal void Add(ParameterRecord record) => _records.Add(record);

    internal void Add(ChoiceRecord choice) => _choices.Add(choice);

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
