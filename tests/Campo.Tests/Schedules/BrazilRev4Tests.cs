using System.Globalization;
using Campo.Domain;
using Campo.Scenarios;
using Campo.Schedules.Drafts;
using Campo.Schedules.Engine;
using Campo.Schedules.Import;
using Campo.Tests.TestSupport;
using Sylvan.Data.Csv;

namespace Campo.Tests.Schedules;

public class BrazilRev4Tests
{
    [SkippableFact]
    public void Brazil_2002_under_the_Rev4_developing_formula_matches_a_direct_calculation()
    {
        var json = SharedData.Require("wits/raw_2002/tariffs_partner_000.json");
        var flat = SharedData.Require("wits/BRA_2002_hs6_line_level_all.csv");

        // The engine: the WITS SDMX-JSON file, the Rev.4 developing formula from scenarios/rev4-2008.toml
        // (tiered bands and the 36% ceiling; sensitive and special products left out so the check is the formula).
        var scenario = ScenarioReader.ReadFile(Path.Combine(SharedData.RepositoryRoot, "scenarios", "rev4-2008.toml"));
        var developing = scenario.MarketAccess!.Groups[DevelopmentStatus.Developing] with { Sensitive = null, Special = null };
        var draft = new MarketAccessDraft(new Dictionary<DevelopmentStatus, GroupModalities> { [DevelopmentStatus.Developing] = developing }, null, null);
        var schedule = WitsSdmxReader.ReadFile(json, "wits.json", new MemberId("BRA")).Schedule;
        var result = ScheduleEngine.Apply(schedule, draft, new MemberTreatment(DevelopmentStatus.Developing), new StagingSettings(2009, 10), scenario.Parameters);

        // The independent calculation: a plain loop over the flattened WITS rows (another file from the same download),
        // with the Rev.4 developing numbers written out: edges 30/80/130%, cuts 2/3 of 50/57/64/70%.
        var lines = 0;
        var dutiable = 0;
        double sumBefore = 0, sumAfter = 0, sumCut = 0;
        using (var csv = CsvDataReader.Create(flat))
        {
            var product = csv.GetOrdinal("product_code");
            var value = csv.GetOrdinal("tariff_value");
            while (csv.Read())
            {
                var code = csv.GetString(product);
                if (!IsAgricultural(code))
                {
                    continue;
                }

                var t = double.Parse(csv.GetString(value), CultureInfo.InvariantCulture) / 100;
                var cut = t > 1.30 ? 0.70 : t > 0.80 ? 0.64 : t > 0.30 ? 0.57 : t > 0 ? 0.50 : 0;
                cut *= 2.0 / 3.0;
                lines++;
                dutiable += t > 0 ? 1 : 0;
                sumBefore += t;
                sumAfter += t * (1 - cut);
                sumCut += cut;
            }
        }

        // The 36% ceiling must not bind for this check to hold without scaling.
        Assert.True(sumCut / dutiable <= 0.36);
        Assert.Equal(lines, result.Lines.Count);
        Assert.Equal(dutiable, result.Summary.Dutiable);
        Assert.Equal(0, result.Total.Unknown);
        Assert.Equal(sumBefore / lines, result.Total.BoundBefore!.Value.Fraction, 12);
        Assert.Equal(sumAfter / lines, result.Total.BoundAfter!.Value.Fraction, 12);
        // WITS gives applied rates only: the bound is assumed equal to the applied rate, so the applied rate follows
        // the new bound on every dutiable line.
        Assert.Equal(sumBefore / lines, result.Total.AppliedBefore!.Value.Fraction, 12);
        Assert.Equal(sumAfter / lines, result.Total.AppliedAfter!.Value.Fraction, 12);
        Assert.Equal(dutiable, result.Total.AppliedFalls);
        Assert.Contains(result.Notes, n => n.Contains(WitsSdmxReader.BoundAssumption, StringComparison.Ordinal));
        Assert.Contains(result.FlaggedParameters, p => p.Path == "market_access.developing.maximum_average_cut");
    }

    /// <summary>Agreement on Agriculture Annex 1, written out plainly (see ProductGroups for the source).</summary>
    private static bool IsAgricultural(string hs6)
    {
        string[] fish = ["03", "1504", "1604", "1605", "230120"];
        string[] extra = ["290543", "290544", "3301", "3501", "3502", "3503", "3504", "3505", "380910", "382360", "4101", "4102", "4103", "4301", "5001", "5002", "5003", "5101", "5102", "5103", "5201", "5202", "5203", "5301", "5302"];
        if (fish.Any(f => hs6.StartsWith(f, StringComparison.Ordinal)))
        {
            return false;
        }

        var chapter = int.Parse(hs6[..2], CultureInfo.InvariantCulture);
        return chapter <= 24 || extra.Any(e => hs6.StartsWith(e, StringComparison.Ordinal));
    }
}
