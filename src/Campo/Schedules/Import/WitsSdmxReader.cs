using System.Globalization;
using System.Text.Json;
using Campo.Domain;
using Campo.Errors;

namespace Campo.Schedules.Import;

/// <summary>A schedule read from WITS, with what the file says about itself.</summary>
/// <param name="Schedule">The schedule (agricultural lines only).</param>
/// <param name="ReporterCode">The reporter's code in the file (UN M49 numeric, such as 076).</param>
/// <param name="ReporterName">The reporter's name in the file.</param>
/// <param name="Year">The year of the tariffs.</param>
public sealed record WitsSchedule(MemberSchedule Schedule, string ReporterCode, string ReporterName, string Year);

/// <summary>
/// Reads MFN applied tariffs from a WITS/TRAINS SDMX-JSON response (dataflow DF_WITS_Tariff_TRAINS, as returned by
/// <c>wits.worldbank.org/API/V1/SDMX/V21/datasource/TRN/reporter/.../partner/000/product/ALL/year/.../datatype/reported?format=JSON</c>).
/// <para>
/// Structure read: <c>structure.dimensions.series</c> (FREQ, REPORTER, PARTNER, PRODUCTCODE, DATATYPE),
/// <c>structure.dimensions.observation</c> (TIME_PERIOD), and <c>dataSets[0].series</c>, whose keys join one value
/// index per series dimension with colons and whose single observation holds the rate (percent) first. WITS writes
/// the key positions in an order that need not follow the dimension list (in the 2002 Brazil fixture the product
/// varies in the third position although PRODUCTCODE is listed fourth), so positions are matched to dimensions by
/// the number of values each has: the file is refused when two matchings fit it.
/// </para>
/// <para>
/// What the data are: each row is an HS6 subheading whose rate is the simple average of the national lines under it
/// (<c>OBS_VALUE_MEASURE = SimpleAverage</c>), MFN applied, as reported. WITS gives no bound rates here: the applied
/// rate stands in for the bound one, recorded as an assumption on every line. Non-agricultural lines are left out
/// and counted.
/// </para>
/// </summary>
public static class WitsSdmxReader
{
    /// <summary>The assumption recorded for every line's bound rate.</summary>
    public const string BoundAssumption = "bound rate unknown: MFN applied rate used (WITS/TRAINS reports applied rates only)";

    /// <summary>Reads a WITS SDMX-JSON file.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="displayName">The file as the user named it.</param>
    /// <param name="member">The member whose schedule it is (reported beside the file's own reporter).</param>
    /// <exception cref="CampoException">The file is missing, not JSON, not a WITS tariff response, or has a bad rate or code.</exception>
    public static WitsSchedule ReadFile(string path, string displayName, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CampoException(Messages.Text(Messages.Schedule_NoFile), Messages.Text(Messages.Wits_NoFileFix), new SourceLocation(displayName));
        }

        using var stream = File.OpenRead(path);
        return Read(stream, displayName, member);
    }

    /// <summary>Reads WITS SDMX-JSON from a stream.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="member">The member whose schedule it is.</param>
    /// <exception cref="CampoException">The content is not a WITS tariff response, or has a bad rate or code.</exception>
    public static WitsSchedule Read(Stream json, string fileName, MemberId member) => Read(json, fileName, member, agriculturalOnly: true);

    /// <summary>Reads WITS SDMX-JSON from a stream, keeping every line when <paramref name="agriculturalOnly"/> is false (the workspace importer stores them all).</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="member">The member whose schedule it is.</param>
    /// <param name="agriculturalOnly">Leave out and count the lines outside the Agreement on Agriculture.</param>
    /// <exception cref="CampoException">The content is not a WITS tariff response, or has a bad rate or code.</exception>
    internal static WitsSchedule Read(Stream json, string fileName, MemberId member, bool agriculturalOnly)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new CampoException(Messages.Fill(Messages.Wits_NotJson, exception.Message), Messages.Text(Messages.Wits_NotJsonFix), new SourceLocation(fileName, (int?)exception.LineNumber + 1, (int?)exception.BytePositionInLine + 1));
        }

        using (document)
        {
            try
            {
                var root = document.RootElement;
                var structure = Property(root, "structure", fileName);
                var dimensions = Property(Property(structure, "dimensions", fileName), "series", fileName);
                var dims = dimensions.EnumerateArray().Select(d => (Id: d.GetProperty("id").GetString() ?? string.Empty, Values: d.GetProperty("values").EnumerateArray().ToArray())).ToArray();
                var series = Property(Property(root, "dataSets", fileName)[0], "series", fileName);
                var keys = series.EnumerateObject().Select(p => (Key: p.Name, Parts: ParseKey(p.Name, dims.Length, fileName), Value: p.Value)).ToArray();
                var positions = MatchPositions(dims.Select(d => d.Values.Length).ToArray(), keys.Select(k => k.Parts).ToArray(), fileName);
                var product = IndexOf(dims, "PRODUCTCODE", fileName);
                var reporter = IndexOf(dims, "REPORTER", fileName);
                var year = structure.GetProperty("dimensions").TryGetProperty("observation", out var obsDims) && obsDims.GetArrayLength() > 0
                    ? obsDims[0].GetProperty("values")[0].GetProperty("id").GetString() ?? "?"
                    : "?";
                var reporterValue = dims[reporter].Values[0];
                var reporterCode = reporterValue.GetProperty("id").GetString() ?? "?";
                var reporterName = reporterValue.TryGetProperty("name", out var rn) ? rn.GetString() ?? reporterCode : reporterCode;

                var lines = new List<TariffLine>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var excluded = 0;
                var unknown = 0;
                foreach (var (key, parts, value) in keys)
                {
                    var productValue = dims[product].Values[parts[positions[product]]];
                    var code = productValue.GetProperty("id").GetString() ?? string.Empty;
                    var location = new SourceLocation(fileName, Field: "series " + key + " (product " + code + ")");
                    if (!HsCode.TryParse(code, out var hs) || !ProductGroups.IsKnownChapter(hs))
                    {
                        throw new CampoException(Messages.Fill(Messages.Wits_UnknownHs, code), Messages.Text(Messages.Wits_UnknownHsFix), location);
                    }

                    if (!seen.Add(hs.Digits))
                    {
                        throw new CampoException(Messages.Fill(Messages.Wits_ProductTwice, code), Messages.Text(Messages.Wits_ProductTwiceFix), location);
                    }

                    if (agriculturalOnly && !ProductGroups.IsAgricultural(hs))
                    {
                        excluded++;
                        continue;
                    }

                    var rate = ReadRate(value, location);
                    unknown += rate is null ? 1 : 0;
                    var description = productValue.TryGetProperty("name", out var name) ? name.GetString() : null;
                    lines.Add(new TariffLine
                    {
                        Id = hs.Digits,
                        Hs = hs,
                        Description = description,
                        Group = ProductGroups.GroupOf(hs),
                        Bound = rate is { } r ? Duty.Ad(r) : null,
                        BoundProvenance = Provenance.Assumed(BoundAssumption),
                        Applied = rate is { } a ? Duty.Ad(a) : null,
                        UnitValue = null,
                    });
                }

                var notes = new List<string>
                {
                    "WITS/TRAINS " + reporterCode + " " + reporterName + " " + year + ": each HS6 line is the simple average of the national lines under it; the formula is applied to that average",
                    excluded.ToString(CultureInfo.InvariantCulture) + " non-agricultural HS6 lines left out (Agreement on Agriculture Annex 1 coverage)",
                };
                if (unknown > 0)
                {
                    notes.Add(unknown.ToString(CultureInfo.InvariantCulture) + " lines without a rate in the file: unknown, flagged");
                }

                return new WitsSchedule(new MemberSchedule(member, lines, ScheduleLevel.Hs6Average, fileName, notes), reporterCode, reporterName, year);
            }
            catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or ArgumentException or FormatException)
            {
                // A value of another shape than WITS writes (a text where an object is, a missing key, an empty list,
                // text that is not UTF-8): the file is not the response as downloaded.
                throw new CampoException(Messages.Fill(Messages.Wits_NotShaped, exception.Message), Messages.Text(Messages.Wits_AsDownloadedJson), new SourceLocation(fileName), exception);
            }
        }
    }

    private static Rate? ReadRate(JsonElement series, SourceLocation location)
    {
        if (!series.TryGetProperty("observations", out var observations))
        {
            throw new CampoException(Messages.Text(Messages.Wits_NoObservations), Messages.Text(Messages.Wits_AsDownloaded), location);
        }

        foreach (var observation in observations.EnumerateObject())
        {
            var first = observation.Value.GetArrayLength() > 0 ? observation.Value[0] : default;
            if (first.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                return null;
            }

            if (first.ValueKind != JsonValueKind.Number || !first.TryGetDouble(out var percent) || !double.IsFinite(percent))
            {
                throw new CampoException(Messages.Fill(Messages.Wits_RateNotNumber, first), Messages.Text(Messages.Wits_RateNotNumberFix), location);
            }

            if (percent < 0)
            {
                throw new CampoException(Messages.Fill(Messages.Wits_NegativeRate, percent.ToString(CultureInfo.InvariantCulture)), Messages.Text(Messages.Wits_NegativeRateFix), location);
            }

            return Rate.FromPercent(percent);
        }

        return null;
    }

    private static JsonElement Property(JsonElement element, string name, string fileName)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value))
        {
            return value;
        }

        throw new CampoException(Messages.Fill(Messages.Wits_NoMember, name), Messages.Text(Messages.Wits_DownloadFix), new SourceLocation(fileName, Field: name));
    }

    private static int IndexOf((string Id, JsonElement[] Values)[] dims, string id, string fileName)
    {
        for (var i = 0; i < dims.Length; i++)
        {
            if (dims[i].Id == id)
            {
                return dims[i].Values.Length > 0 ? i : throw new CampoException(Messages.Fill(Messages.Wits_DimensionEmpty, id), Messages.Text(Messages.Wits_AsDownloaded), new SourceLocation(fileName, Field: id));
            }
        }

        throw new CampoException(Messages.Fill(Messages.Wits_NoDimension, id), Messages.Text(Messages.Wits_DownloadFix), new SourceLocation(fileName, Field: id));
    }

    private static int[] ParseKey(string key, int count, string fileName)
    {
        var parts = key.Split(':');
        if (parts.Length != count)
        {
            throw new CampoException(Messages.Fill(Messages.Wits_KeyParts, key, parts.Length.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture)), Messages.Text(Messages.Wits_AsDownloaded), new SourceLocation(fileName, Field: "series " + key));
        }

        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out indices[i]))
            {
                throw new CampoException(Messages.Fill(Messages.Wits_KeyNotNumbers, key), Messages.Text(Messages.Wits_AsDownloaded), new SourceLocation(fileName, Field: "series " + key));
            }
        }

        return indices;
    }

    /// <summary>
    /// For each dimension, the key position that holds its value index. A matching fits when every index at a
    /// position is below the number of values of the dimension placed there; the declared order is tried first.
    /// Matchings that differ only in how single-valued dimensions are placed are the same reading.
    /// </summary>
    private static int[] MatchPositions(int[] sizes, int[][] keys, string fileName)
    {
        var n = sizes.Length;
        if (n > 8)
        {
            // WITS responses have five series dimensions; trying every order of many more would not end in time.
            throw new CampoException(Messages.Fill(Messages.Wits_DimensionCount, n.ToString(CultureInfo.InvariantCulture)), Messages.Text(Messages.Wits_DimensionCountFix), new SourceLocation(fileName, Field: "structure.dimensions.series"));
        }

        var maxAt = new int[n];
        foreach (var key in keys)
        {
            for (var p = 0; p < n; p++)
            {
                maxAt[p] = Math.Max(maxAt[p], key[p]);
            }
        }

        int[]? found = null;
        var permutation = Enumerable.Range(0, n).ToArray();
        foreach (var candidate in Permutations(permutation))
        {
            var fits = true;
            for (var d = 0; d < n && fits; d++)
            {
                fits = maxAt[candidate[d]] < sizes[d];
            }

            if (!fits)
            {
                continue;
            }

            if (found is null)
            {
                found = candidate.ToArray();
                continue;
            }

            for (var d = 0; d < n; d++)
            {
                if (sizes[d] > 1 && found[d] != candidate[d])
                {
                    throw new CampoException(Messages.Text(Messages.Wits_Ambiguous), Messages.Text(Messages.Wits_AmbiguousFix), new SourceLocation(fileName, Field: "series"));
                }
            }
        }

        return found ?? throw new CampoException(Messages.Text(Messages.Wits_KeysMismatch), Messages.Text(Messages.Wits_AsDownloaded), new SourceLocation(fileName, Field: "series"));
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        // Heap's algorithm, starting with the declared order.
        var a = items.ToArray();
        var c = new int[a.Length];
        yield return a;
        var i = 0;
        while (i < a.Length)
        {
            if (c[i] < i)
            {
                if (i % 2 == 0)
                {
                    (a[0], a[i]) = (a[i], a[0]);
                }
                else
                {
                    (a[c[i]], a[i]) = (a[i], a[c[i]]);
                }

                yield return a;
                c[i]++;
                i = 0;
            }
            else
            {
                c[i] = 0;
                i++;
            }
        }
    }
}
