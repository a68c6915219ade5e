using System.Globalization;
using Campo.Domain;
using Campo.Schedules;
using Campo.Schedules.Import;

namespace Campo.Workspace;

/// <summary>One member's imported tariff lines: which year, how many lines, from which files.</summary>
/// <param name="Member">The member.</param>
/// <param name="Year">The newest year with lines.</param>
/// <param name="Lines">HS lines of that year (all chapters).</param>
/// <param name="Bound">Lines of that year with a bound rate.</param>
/// <param name="Files">The files they come from (kind and name).</param>
public sealed record ScheduleCoverage(MemberId Member, int Year, long Lines, long Bound, string Files);

/// <summary>
/// The line-level schedules a workspace holds (<c>tariff_lines</c>): for a member, the newest year's lines, applied and
/// bound rates joined by HS code; where two imports give the same line and rate, the later import's counts. A line
/// without an imported bound rate takes its applied rate as bound, the assumption stated on the line (as the WITS
/// and CSV readers do). Lines outside the Agreement on Agriculture are left out and counted. A schedule read here from
/// an imported WITS file is line for line the schedule <see cref="WitsSdmxReader"/> reads from the file.
/// </summary>
public static class WorkspaceSchedules
{
    /// <summary>Every member with imported lines, newest year each.</summary>
    public static IReadOnlyList<ScheduleCoverage> Coverage(WorkspaceDb workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        const string sql = """
            WITH newest AS (SELECT member, max(year) AS year FROM tariff_lines GROUP BY member)
            SELECT t.member, t.year, count(DISTINCT t.hs), count(DISTINCT CASE WHEN t.rate_kind = 'bound' THEN t.hs END),
                   string_agg(DISTINCT i.kind || ' ' || i.file_name, ', ')
            FROM tariff_lines t JOIN newest n ON t.member = n.member AND t.year = n.year JOIN imports i ON i.import_id = t.import_id
            GROUP BY t.member, t.year ORDER BY t.member
            """;
        using var command = workspace.Command(sql);
        using var reader = command.ExecuteReader();
        var list = new List<ScheduleCoverage>();
        while (reader.Read())
        {
            if (MemberId.TryParse(reader.GetString(0), out var member))
            {
                list.Add(new ScheduleCoverage(member, reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4)));
            }
        }

        return list;
    }

    /// <summary>The member's imported schedule of its newest year, or null when the workspace has no lines for it.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="member">The member.</param>
    public static MemberSchedule? ForMember(WorkspaceDb workspace, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var coverage = Coverage(workspace).FirstOrDefault(c => c.Member == member);
        if (coverage is null)
        {
            return null;
        }

        const string sql = """
            SELECT t.hs, t.description, t.rate_kind, t.ad_valorem_percent, t.quota_tonnes, t.in_quota_percent, t.hs6_average, i.kind, i.file_name, t.import_id, t.line, t.duty_text
            FROM tariff_lines t JOIN imports i ON i.import_id = t.import_id
            WHERE t.member = $member AND t.year = $year
            ORDER BY t.import_id, t.line
            """;
        var applied = new Dictionary<string, Row>(StringComparer.Ordinal);
        var bound = new Dictionary<string, Row>(StringComparer.Ordinal);
        var order = new List<string>();
        var imports = new SortedSet<string>(StringComparer.Ordinal);
        var allAverages = true;
        var witsOnly = true;
        using (var command = workspace.Command(sql, ("member", member.Code), ("year", coverage.Year)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new Row(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(3) ? null : reader.GetDouble(3),
                    reader.IsDBNull(4) ? null : reader.GetDouble(4),
                    reader.IsDBNull(5) ? null : reader.GetDouble(5),
                    reader.GetString(8),
                    reader.IsDBNull(11) ? null : reader.GetString(11));
                allAverages &= reader.GetBoolean(6);
                witsOnly &= reader.GetString(7) == ImportKinds.Name(ImportKind.Wits);
                imports.Add("import " + reader.GetInt32(9).ToString(CultureInfo.InvariantCulture) + " " + reader.GetString(8) + " (" + reader.GetString(7) + ")");
                var target = reader.GetString(2) == "bound" ? bound : applied;
                if (!applied.ContainsKey(row.Hs) && !bound.ContainsKey(row.Hs))
                {
                    order.Add(row.Hs);
                }

                target[row.Hs] = row;
            }
        }

        var lines = new List<TariffLine>();
        int excluded = 0, unknown = 0, boundCited = 0, nonAdValorem = 0;
        var assumption = witsOnly ? WitsSdmxReader.BoundAssumption : ScheduleCsvReader.BoundUnknown;
        foreach (var code in order)
        {
            if (!HsCode.TryParse(code, out var hs) || !ProductGroups.IsAgricultural(hs))
            {
                excluded++;
                continue;
            }

            var a = applied.GetValueOrDefault(code);
            var b = bound.GetValueOrDefault(code);
            var appliedDuty = a?.Percent is { } ap ? Duty.Ad(Rate.FromPercent(ap)) : null;
            var boundDuty = b?.Percent is { } bp ? Duty.Ad(Rate.FromPercent(bp)) : null;
            unknown += appliedDuty is null ? 1 : 0;
            boundCited += boundDuty is null ? 0 : 1;
            nonAdValorem += (a?.DutyText ?? b?.DutyText) is null ? 0 : 1;
            var quota = a?.Quota ?? b?.Quota;
            var inQuota = a?.InQuota ?? b?.InQuota;
            lines.Add(new TariffLine
            {
                Id = code,
                Hs = hs,
                Description = a?.Description ?? b?.Description,
                Group = ProductGroups.GroupOf(hs),
                Bound = boundDuty ?? appliedDuty,
                BoundProvenance = boundDuty is null ? Provenance.Assumed(assumption) : Provenance.Cited(b!.File + ", bound rate (imported into " + workspace.DisplayName + ")"),
                Applied = appliedDuty,
                Quota = quota is { } q && inQuota is { } iq ? new TariffQuota(new Tonnes(q), Rate.FromPercent(iq)) : null,
            });
        }

        var count = lines.Count.ToString(CultureInfo.InvariantCulture);
        var notes = new List<string>
        {
            "workspace " + workspace.DisplayName + ", " + member + " " + coverage.Year.ToString(CultureInfo.InvariantCulture) + ": " + string.Join("; ", imports)
                + (allAverages ? "; each HS6 line is the simple average of the national lines under it; the formula is applied to that average" : string.Empty),
            excluded.ToString(CultureInfo.InvariantCulture) + " non-agricultural lines left out (Agreement on Agriculture Annex 1 coverage)",
            boundCited == 0
                ? "no bound rates imported: " + assumption
                : boundCited.ToString(CultureInfo.InvariantCulture) + " of " + count + " lines have an imported bound rate; the others: " + assumption,
        };
        if (unknown > 0)
        {
            notes.Add(unknown.ToString(CultureInfo.InvariantCulture) + " lines without an ad valorem rate: unknown, flagged");
        }

        if (nonAdValorem > 0)
        {
            notes.Add(nonAdValorem.ToString(CultureInfo.InvariantCulture) + " lines carry a non-ad-valorem duty (kept as written in the workspace's duty_text; no ad valorem equivalent is computed)");
        }

        var source = "workspace " + workspace.DisplayName + " (" + string.Join("; ", imports) + ")";
        return new MemberSchedule(member, lines, allAverages ? ScheduleLevel.Hs6Average : ScheduleLevel.TariffLine, source, notes);
    }

    private sealed record Row(string Hs, string? Description, double? Percent, double? Quota, double? InQuota, string File, string? DutyText);
}
