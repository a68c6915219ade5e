using System.Globalization;
using System.Text;
using System.Text.Json;
using Campo.Data.Csv;
using Campo.Errors;

namespace Campo.Data.Build;

/// <summary>Builds members.csv, member_periods.csv, regions.csv, coalitions.csv and coalition_members.csv.</summary>
internal static class MemberTables
{
    /// <summary>The Cancún deciding date used for the LDC coalition's vintage.</summary>
    public static readonly DateOnly Cancun = new(2003, 9, 14);

    public static void Write(BuildContext ctx)
    {
        var data = ctx.Data;
        var countries = data.Rows("countries/countries_iso_m49.csv").ToDictionary(r => r.Row["iso3"], r => r.Row, StringComparer.Ordinal);
        var pt = ReadPortuguese(ctx);

        var regions = new CsvWriter();
        regions.Row("code", "name", "impact_regions", "countries");
        foreach (var market in ctx.Regions.MarketRegions)
        {
            regions.Row(market, ctx.Regions.RegionNames[market], string.Join(' ', ctx.Regions.ImpactRegionsOf[market]), string.Join(' ', ctx.Regions.CountriesOf(market)));
        }

        ctx.Save(DatasetFiles.Regions, regions);

        var members = new CsvWriter();
        members.Row("code", "wto_name", "name_en", "name_es", "name_fr", "name_pt", "accession", "original", "region", "relation", "region_note", "developed_assumption");
        var developed = ctx.Sources.Rows("developed_members.csv").ToDictionary(r => r.Row["iso3"], r => r.Row["justification"], StringComparer.Ordinal);
        foreach (var (line, row) in ctx.Members.OrderBy(m => m.Row["iso3"], StringComparer.Ordinal))
        {
            var code = row["iso3"];
            countries.TryGetValue(code, out var names);
            var iso2 = names?["iso2"] ?? string.Empty;
            var (region, relation, note) = Relate(ctx, code);
            members.Row(
                code,
                row["wto_member_name"],
                names?["name_en"] ?? row["wto_member_name"],
                names?["name_es"] ?? string.Empty,
                names?["name_fr"] ?? string.Empty,
                pt.TryGetValue(iso2, out var p) ? p : string.Empty,
                row["accession_date"],
                row["original_member"].ToLowerInvariant(),
                region,
                relation.ToString(),
                note,
                developed.TryGetValue(code, out var why) ? why : string.Empty);
            _ = line;
        }

        ctx.Save(DatasetFiles.Members, members);

        var periods = new CsvWriter();
        periods.Row("code", "kind", "from", "to", "source", "reliability");
        foreach (var (kind, table) in new[] { ("ldc", ctx.Ldc), ("eu", ctx.Eu) })
        {
            foreach (var p in table.Values.SelectMany(v => v).OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.From))
            {
                periods.Row(p.Code, kind, CsvWriter.Date(p.From), CsvWriter.Date(p.To), p.Source, p.Reliability);
            }
        }

        ctx.Save(DatasetFiles.MemberPeriods, periods);
        WriteCoalitions(ctx, countries);
    }

    private static (string Region, RegionRelation Relation, string Note) Relate(BuildContext ctx, string code)
    {
        var map = ctx.Regions;
        if (code == "EUN")
        {
            return ("EUN", RegionRelation.Own, "The EU's figures are the sum of the IMPACT regions of the EU-25 member states (2005 base); gross trade includes intra-EU trade.");
        }

        if (!map.RegionOfCountry.TryGetValue(code, out var region))
        {
            return (string.Empty, RegionRelation.NoData, "No IMPACT region covers this member: it has no market data in the default dataset.");
        }

        if (region == "EUN")
        {
            var cty = map.CountriesByCty.First(p => p.Value.Contains(code)).Key;
            return (region, RegionRelation.EuMemberState, $"An EU-25 member state in the 2005 base, represented by the EU; its figures (IMPACT region {cty}) are summed into EUN.");
        }

        var countries = map.CountriesOf(region);
        if (countries.Count == 1)
        {
            return (region, RegionRelation.Own, string.Empty);
        }

        return (region, RegionRelation.PartOfAggregate,
            $"Part of IMPACT region {region} ({map.RegionNames[region]}: {string.Join(' ', countries)}): the member shares the region's prices and its share of the region's quantities is unknown.");
    }

    private static Dictionary<string, string> ReadPortuguese(BuildContext ctx)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ctx.NamesPt is null)
        {
            return result;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(ctx.NamesPt, Encoding.UTF8));
        foreach (var entry in doc.RootElement.GetProperty("countries").EnumerateObject())
        {
            result[entry.Name] = entry.Value.ValueKind == JsonValueKind.Array ? entry.Value[0].GetString() ?? string.Empty : entry.Value.GetString() ?? string.Empty;
        }

        return result;
    }

    private static void WriteCoalitions(BuildContext ctx, Dictionary<string, Dictionary<string, string>> countries)
    {
        var resolver = new NameResolver(ctx.Members.Select(m => (m.Row["iso3"], m.Row["wto_member_name"])), countries.Values.Select(c => (c["iso3"], c["name_en"])));
        var heads = new CsvWriter();
        heads.Row("code", "name", "vintage", "vintage_date", "source");
        var rows = new CsvWriter();
        rows.Row("coalition", "code", "name_in_source", "wto_member", "note");
        var wtoCodes = ctx.Members.Select(m => m.Row["iso3"]).ToHashSet(StringComparer.Ordinal);

        var verified = ctx.Data.Rows("negotiation/coalitions_verified_2003_2004.csv");
        foreach (var group in verified.GroupBy(r => r.Row["group"]))
        {
            var (code, name) = CoalitionNames[group.Key];
            var first = group.First().Row;
            heads.Row(code, name, first["vintage"], CsvWriter.Date(VintageDate(first["vintage"])), first["source_url"] + " (" + first["note"] + "); transcribed in ../shared/data/negotiation/coalitions_verified_2003_2004.csv");
            foreach (var (line, row) in group)
            {
                var member = resolver.Resolve(row["member"]) ?? throw new CampoException($"coalition member '{row["member"]}' matches no country name", "a name in the WTO members list or the ISO country names, or an alias in NameResolver", new SourceLocation(ctx.Data.Label("negotiation/coalitions_verified_2003_2004.csv"), line, 3, "member"));
                var isMember = wtoCodes.Contains(member);
                var note = row["note"] != first["note"] ? row["note"] : string.Empty;
                if (!isMember)
                {
                    note = (note + " Not a WTO member: kept as the source prints it.").Trim();
                }

                rows.Row(code, member, row["member"], isMember ? "true" : "false", note);
            }
        }

        foreach (var group in ctx.Data.Rows("wto/groups_transcribed_2015.csv").GroupBy(r => r.Row["group"]).Where(g => g.Key is "ACP" or "AFRICAN_GROUP"))
        {
            var (code, name) = CoalitionNames[group.Key];
            var first = group.First().Row;
            heads.Row(code, name, first["vintage"], first["vintage"], first["source"] + "; ../shared/data/wto/groups_transcribed_2015.csv");
            foreach (var (_, row) in group)
            {
                rows.Row(code, row["iso3"], row["member_name"], wtoCodes.Contains(row["iso3"]) ? "true" : "false", string.Empty);
            }
        }

        // The G-10 (net food importers; its membership as the July 2004 ministerial statement lists it).
        var g10 = ctx.Sources.Rows("g10_members.csv");
        heads.Row("G10", "G-10 (net food importers, coordinated by Switzerland)", "2004-07", "2004-07-01", g10[0].Row["source"] + "; data/sources/g10_members.csv");
        foreach (var (line, row) in g10)
        {
            var code = row["iso3"];
            if (!wtoCodes.Contains(code))
            {
                throw new CampoException($"G-10 member '{code}' is not a WTO member code", "a three-letter code of the WTO members list", new SourceLocation("data/sources/g10_members.csv", line, 1, "iso3"));
            }

            rows.Row("G10", code, row["name_in_source"], "true", string.Empty);
        }

        heads.Row("LDC", "Least-developed countries (WTO members at Cancún)", CsvWriter.Date(Cancun), CsvWriter.Date(Cancun),
            "WTO members on the UN list of least-developed countries on 2003-09-14: data/sources/ldc_members.csv (WTO and UN lists, each row cited) and the WTO accession dates");
        foreach (var (_, row) in ctx.Members.OrderBy(m => m.Row["iso3"], StringComparer.Ordinal))
        {
            var code = row["iso3"];
            var accession = DateOnly.ParseExact(row["accession_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (accession <= Cancun && ctx.Ldc.TryGetValue(code, out var p) && p.Any(x => x.Contains(Cancun)))
            {
                rows.Row("LDC", code, row["wto_member_name"], "true", string.Empty);
            }
        }

        ctx.Save(DatasetFiles.Coalitions, heads);
        ctx.Save(DatasetFiles.CoalitionMembers, rows);
    }

    private static readonly Dictionary<string, (string Code, string Name)> CoalitionNames = new(StringComparer.Ordinal)
    {
        ["G20_FRAMEWORK_PROPOSAL"] = ("G20", "G-20 (co-sponsors of the agriculture framework proposal, Cancún)"),
        ["G22_POST_CANCUN"] = ("G22", "G-22 (after Cancún)"),
        ["CAIRNS"] = ("CAIRNS", "Cairns Group"),
        ["G33_SP_SSM_ALLIANCE"] = ("G33", "G-33 (special products and special safeguard)"),
        ["C4_COTTON"] = ("C4", "Cotton-4 (sectoral initiative in favour of cotton)"),
        ["SINGAPORE_ISSUES_W513"] = ("SING-W513", "Co-sponsors of WT/GC/W/513 (Singapore issues: clarification only)"),
        ["SINGAPORE_ISSUES_70_STATEMENT"] = ("SING-70", "Signatories of the Cancún statement on the Singapore issues (no explicit consensus)"),
        ["ACP"] = ("ACP", "African, Caribbean and Pacific Group (WTO members)"),
        ["AFRICAN_GROUP"] = ("AFRICAN", "African Group"),
    };

    /// <summary>The first day of a vintage written yyyy-MM-dd, yyyy-MM or yyyy-MM/MM.</summary>
    private static DateOnly VintageDate(string vintage)
    {
        var head = vintage.Split('/')[0];
        return head.Length == 7
            ? DateOnly.ParseExact(head + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.ParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
