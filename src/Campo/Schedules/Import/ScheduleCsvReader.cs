using System.Globalization;
using Campo.Domain;
using Campo.Errors;
using Sylvan.Data.Csv;

namespace Campo.Schedules.Import;

/// <summary>
/// Reads a member's schedule from the documented CSV format (docs/models/schedules.md, "Schedule CSV"): one row per
/// line, a header naming the columns. Rates are in percent, specific duties in US dollars per tonne. Every problem is
/// reported as <c>file:line:column: column: what is wrong; what is expected</c> (the column number counts fields
/// from 1; lines count from the header, line 1). Lines outside the Agreement on Agriculture's coverage are left
/// out and counted in the schedule's notes.
/// </summary>
public static class ScheduleCsvReader
{
    /// <summary>The columns the format knows; only <c>hs</c> and <c>applied</c> (or <c>applied_specific</c>) are required.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "hs", "description", "duty_type", "bound", "bound_specific", "applied", "applied_specific", "unit_value",
        "quota_tonnes", "in_quota", "trade_value", "consumption_tonnes", "flags", "primary",
    ];

    /// <summary>The assumption recorded for a line without a bound rate.</summary>
    public const string BoundUnknown = "bound rate unknown: applied rate used";

    private static readonly Dictionary<string, DutyType> DutyTypes = new(StringComparer.Ordinal)
    {
        ["ad_valorem"] = DutyType.AdValorem,
        ["specific"] = DutyType.Specific,
        ["compound"] = DutyType.Compound,
        ["mixed"] = DutyType.Mixed,
    };

    private static readonly Dictionary<string, LineFlags> FlagNames = new(StringComparer.Ordinal)
    {
        ["sensitive"] = LineFlags.Sensitive,
        ["special"] = LineFlags.SpecialProduct,
        ["ssg"] = LineFlags.SpecialSafeguard,
        ["processed"] = LineFlags.Processed,
    };

    /// <summary>Reads a schedule file.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="displayName">The file as the user named it, for messages.</param>
    /// <param name="member">The member whose schedule it is.</param>
    /// <exception cref="CampoException">The file is missing or any row is invalid.</exception>
    public static MemberSchedule ReadFile(string path, string displayName, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CampoException(Messages.Text(Messages.Schedule_NoFile), Messages.Text(Messages.Schedule_NoFileFix), new SourceLocation(displayName));
        }

        using var reader = new StreamReader(path);
        return Read(reader, displayName, member);
    }

    /// <summary>Reads a schedule from CSV text.</summary>
    /// <param name="text">The CSV content.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="member">The member whose schedule it is.</param>
    /// <exception cref="CampoException">Any row is invalid.</exception>
    public static MemberSchedule Read(TextReader text, string fileName, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ReadCsv(text, fileName, member);
        }
        catch (Exception exception) when (exception is not CampoException && IsCsvSyntax(exception))
        {
            // The CSV reader's own refusals (a quote not closed, no header line): the file is not CSV as RFC 4180 writes it.
            throw new CampoException(Messages.Fill(Messages.Schedule_NotCsv, exception.Message), Messages.Text(Messages.Schedule_NotCsvFix), new SourceLocation(fileName), exception);
        }
    }

    /// <summary>True for an exception of the CSV library about the text itself.</summary>
    internal static bool IsCsvSyntax(Exception exception) =>
        exception is FormatException || (exception.GetType().Namespace?.StartsWith("Sylvan.Data.Csv", StringComparison.Ordinal) ?? false);

    private static MemberSchedule ReadCsv(TextReader text, string fileName, MemberId member)
    {
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.GetName(i).Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                var suggestion = Suggestions.Closest(name, Columns);
                throw new CampoException(
                    Messages.WithSuggestion(Messages.Fill(Messages.Schedule_UnknownColumn, name), suggestion),
                    Messages.Fill(Messages.Schedule_ColumnsAmong, string.Join(", ", Columns)),
                    new SourceLocation(fileName, 1, i + 1, name));
            }

            if (!columns.TryAdd(name, i))
            {
                throw new CampoException(Messages.Fill(Messages.Schedule_ColumnTwice, name), Messages.Text(Messages.Schedule_KeepOne), new SourceLocation(fileName, 1, i + 1, name));
            }
        }

        if (!columns.ContainsKey("hs"))
        {
            throw new CampoException(Messages.Text(Messages.Schedule_NoHsColumn), Messages.Text(Messages.Schedule_NoHsColumnFix), new SourceLocation(fileName, 1, 1));
        }

        var lines = new List<TariffLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new List<string>();
        var row = 1;
        while (csv.Read())
        {
            row++;
            var cells = new Row(csv, columns, fileName, row);
            var line = ReadLine(cells);
            if (line is null)
            {
                continue;
            }

            if (!seen.Add(line.Id))
            {
                throw cells.Error("hs", "line " + line.Id + " is listed twice", "give each tariff line once");
            }

            if (!ProductGroups.IsAgricultural(line.Hs!.Value))
            {
                excluded.Add(line.Id);
                continue;
            }

            lines.Add(line);
        }

        foreach (var line in lines)
        {
            if (line.Primary is { } primary && !seen.Contains(primary))
            {
                throw new CampoException(Messages.Fill(Messages.Schedule_PrimaryNotInFile, line.Id, primary), Messages.Text(Messages.Schedule_PrimaryNotInFileFix), new SourceLocation(fileName, Field: "primary"));
            }
        }

        var notes = new List<string>();
        if (excluded.Count > 0)
        {
            notes.Add(excluded.Count.ToString(CultureInfo.InvariantCulture) + " lines outside the Agreement on Agriculture's coverage left out (" + string.Join(", ", excluded.Take(5)) + (excluded.Count > 5 ? ", ..." : string.Empty) + ")");
        }

        return new MemberSchedule(member, lines, ScheduleLevel.TariffLine, fileName, notes);
    }

    private static TariffLine? ReadLine(Row cells)
    {
        var hsText = cells.Text("hs");
        if (hsText is null)
        {
            if (cells.IsBlank())
            {
                return null;
            }

            throw cells.Error("hs", "missing HS code", "write the line's HS code, such as 100590 or 1005.90.10");
        }

        if (!HsCode.TryParse(hsText, out var hs))
        {
            throw cells.Error("hs", "\"" + hsText + "\" is not an HS code", "expected 2 to 12 digits in pairs, such as 100590");
        }

        if (!ProductGroups.IsKnownChapter(hs))
        {
            throw cells.Error("hs", "unknown HS code " + hs + ": chapter " + hs.Chapter + " does not exist", "expected a chapter from 01 to 97 (77 is unused)");
        }

        var type = cells.Text("duty_type") is { } typeText
            ? (DutyTypes.TryGetValue(typeText.ToLowerInvariant(), out var t) ? t : throw cells.Error("duty_type", "unknown duty type \"" + typeText + "\"", "expected ad_valorem, specific, compound or mixed"))
            : DutyType.AdValorem;
        var applied = ReadDuty(cells, type, "applied", "applied_specific") ?? throw cells.Error(
            type == DutyType.Specific ? "applied_specific" : "applied",
            "missing applied rate",
            type == DutyType.Specific ? "write the specific duty in US dollars per tonne" : "write the MFN applied rate in percent (0 for duty-free), never leave it empty");
        var bound = ReadDuty(cells, type, "bound", "bound_specific");
        var quotaTonnes = cells.Number("quota_tonnes", "tonnes");
        var inQuota = cells.Number("in_quota", "%");
        if ((quotaTonnes is null) != (inQuota is null))
        {
            throw cells.Error(quotaTonnes is null ? "quota_tonnes" : "in_quota", "a tariff quota needs both quota_tonnes and in_quota", "give both, or neither");
        }

        var flags = LineFlags.None;
        if (cells.Text("flags") is { } flagText)
        {
            foreach (var word in flagText.Split([';', ' ', '|'], StringSplitOptions.RemoveEmptyEntries))
            {
                flags |= FlagNames.TryGetValue(word.ToLowerInvariant(), out var flag) ? flag : throw cells.Error("flags", "unknown flag \"" + word + "\"", "expected sensitive, special, ssg or processed, separated by ;");
            }
        }

        string? primary = null;
        if (cells.Text("primary") is { } primaryText)
        {
            primary = HsCode.TryParse(primaryText, out var p) ? p.Digits : throw cells.Error("primary", "\"" + primaryText + "\" is not an HS code", "expected the primary product's HS code as written in the hs column");
        }

        if ((flags & LineFlags.Processed) != 0 && primary is null)
        {
            throw cells.Error("primary", "a processed line without its primary product", "name the primary product's HS code in the primary column");
        }

        var unitValue = cells.Number("unit_value", " USD/t");
        return new TariffLine
        {
            Id = hs.Digits,
            Hs = hs,
            Description = cells.Text("description"),
            Group = ProductGroups.GroupOf(hs),
            Bound = bound ?? applied,
            BoundProvenance = bound is null ? Provenance.Assumed(BoundUnknown) : Provenance.Cited(cells.File + ", bound column"),
            Applied = applied,
            UnitValue = unitValue is { } uv ? new UsdPerTonne(uv) : null,
            Quota = quotaTonnes is { } q ? new TariffQuota(new Tonnes(q), Rate.FromPercent(inQuota!.Value)) : null,
            Flags = flags,
            Primary = primary,
            TradeValue = cells.Number("trade_value", " USD") is { } w ? new Usd(w) : null,
            Consumption = cells.Number("consumption_tonnes", " t") is { } c ? new Tonnes(c) : null,
        };
    }

    private static Duty? ReadDuty(Row cells, DutyType type, string adColumn, string specificColumn)
    {
        var ad = cells.Number(adColumn, "%");
        var specific = cells.Number(specificColumn, " USD/t");
        if (ad is null && specific is null)
        {
            return null;
        }

        if (type == DutyType.AdValorem && specific is not null)
        {
            throw cells.Error(specificColumn, "a specific duty on an ad valorem line", "set duty_type to specific, compound or mixed, or leave " + specificColumn + " empty");
        }

        if (type == DutyType.Specific && ad is not null)
        {
            throw cells.Error(adColumn, "an ad valorem rate on a specific line", "set duty_type to compound or mixed, or leave " + adColumn + " empty");
        }

        if (type is DutyType.Compound or DutyType.Mixed && (ad is null || specific is null))
        {
            throw cells.Error(ad is null ? adColumn : specificColumn, "a " + type.ToString().ToLowerInvariant() + " duty needs both parts", "give " + adColumn + " (percent) and " + specificColumn + " (US dollars per tonne)");
        }

        return new Duty(type, ad is { } a ? Rate.FromPercent(a) : null, specific is { } s ? new UsdPerTonne(s) : null);
    }

    /// <summary>One row's cells, with located errors.</summary>
    private sealed class Row(CsvDataReader csv, Dictionary<string, int> columns, string file, int line)
    {
        public string File => file;

        public bool IsBlank()
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                if (!string.IsNullOrWhiteSpace(csv.GetString(i)))
                {
                    return false;
                }
            }

            return true;
        }

        public string? Text(string column)
        {
            if (!columns.TryGetValue(column, out var i) || i >= csv.RowFieldCount)
            {
                return null;
            }

            var text = csv.GetString(i).Trim();
            return text.Length == 0 ? null : text;
        }

        public double? Number(string column, string unit)
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw Error(column, "\"" + text + "\" is not a number", "expected a number with a point for decimals, such as 12.5");
            }

            if (value < 0)
            {
                throw Error(column, "a negative value (" + text + unit.Trim() + ")", "expected a value of at least 0");
            }

            return value;
        }

        public CampoException Error(string column, string problem, string expected) =>
            new(problem, expected, new SourceLocation(file, line, columns.TryGetValue(column, out var i) ? i + 1 : null, column));
    }
}
