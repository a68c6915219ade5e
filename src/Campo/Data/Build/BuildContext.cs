using System.Globalization;
using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Data.Build;

/// <summary>What the table builders share: the source folders, the parsed IMPACT tables, regions, members and the written files.</summary>
internal sealed class BuildContext
{
    public required SourceFolder Data { get; init; }

    public required SourceFolder Sources { get; init; }

    public required string? NamesPt { get; init; }

    public required ImpactTables Impact { get; init; }

    public required RegionMap Regions { get; init; }

    /// <summary>The rows of wto/wto_members_accession.csv.</summary>
    public required List<(int Line, Dictionary<string, string> Row)> Members { get; init; }

    public required Dictionary<string, List<DatedRow>> Ldc { get; init; }

    public required Dictionary<string, List<DatedRow>> Eu { get; init; }

    public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public void Save(string file, CsvWriter writer) => Files[file] = writer.ToString();

    public static Dictionary<string, List<DatedRow>> ReadPeriods(SourceFolder sources, string file)
    {
        var result = new Dictionary<string, List<DatedRow>>(StringComparer.Ordinal);
        foreach (var (line, row) in sources.Rows(file))
        {
            var period = new DatedRow(row["iso3"], Date(sources, file, line, row["from"]), Date(sources, file, line, row["to"]), row["source"], row["reliability"]);
            if (!result.TryGetValue(period.Code, out var list))
            {
                result[period.Code] = list = [];
            }

            list.Add(period);
        }

        return result;
    }

    private static DateOnly? Date(SourceFolder sources, string file, int line, string text) =>
        text.Length == 0 ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CampoException($"'{text}' is not a date", "yyyy-MM-dd", new SourceLocation(sources.Label(file), line));
}
