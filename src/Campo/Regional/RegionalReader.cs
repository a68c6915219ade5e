using System.Globalization;
using System.Text.RegularExpressions;
using Campo.Domain;
using Campo.Errors;
using Campo.Regional.Dumping;
using Campo.Scenarios.Toml;

namespace Campo.Regional;

/// <summary>
/// Reads the <c>[regional]</c> section of a scenario file (schema in docs/scenarios.md, "Regional agreements").
/// Every number keeps its provenance in the scenario's parameter log; misspelt keys are refused with the closest
/// allowed key; a quota that shrinks, a staging period or duty path that ends after the horizon, or a path that
/// does not start at entry into force is refused with the file, line, column and key.
/// </summary>
public static partial class RegionalReader
{
    private static readonly Dictionary<string, DutyRegime> DutyNames = new(StringComparer.Ordinal)
    {
        ["legal"] = DutyRegime.Legal,
        ["applied"] = DutyRegime.Applied,
    };

    private static readonly Dictionary<string, StagingCategory> StagingNames = new(StringComparer.Ordinal)
    {
        ["A"] = StagingCategory.A,
        ["B"] = StagingCategory.B,
        ["C"] = StagingCategory.C,
        ["C+"] = StagingCategory.CPlus,
        ["D"] = StagingCategory.D,
    };

    private static readonly Dictionary<string, CostBasis> CostBasisNames = new(StringComparer.Ordinal)
    {
        ["total"] = CostBasis.Total,
        ["total-less-land"] = CostBasis.TotalLessLand,
        ["operating"] = CostBasis.Operating,
    };

    private static readonly Dictionary<string, ExportPrice> PriceNames = new(StringComparer.Ordinal)
    {
        ["gulf"] = ExportPrice.Gulf,
        ["harvest"] = ExportPrice.Harvest,
    };

    private static readonly string[] CommodityKeys = ["price_series", "substitution_elasticity", "importers"];

    /// <summary>The names <c>cost_basis</c> takes, for messages and the command line.</summary>
    public static IReadOnlyDictionary<string, CostBasis> CostBases => CostBasisNames;

    /// <summary>The names <c>price</c> takes, for messages and the command line.</summary>
    public static IReadOnlyDictionary<string, ExportPrice> Prices => PriceNames;

    /// <summary>Reads the section.</summary>
    /// <param name="table">The <c>[regional]</c> table.</param>
    /// <exception cref="CampoException">A key is missing, misspelt, of the wrong type, out of range or inconsistent.</exception>
    public static RegionalAgreement Read(TomlTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.OptionalText("note");
        var parties = Parties(table);
        var baseYear = WholeNumber(table, "base_year", 1960, 2100) ?? throw Missing(table, "base_year", "the last year of the base, such as 1993");
        var averaged = WholeNumber(table, "base_years_averaged", 1, 10) ?? 1;
        var entry = WholeNumber(table, "entry_into_force", 1960, 2100) ?? throw Missing(table, "entry_into_force", "the year the agreement entered into force, such as 1994");
        if (entry <= baseYear)
        {
            throw table.ErrorAt("entry_into_force", "entry into force in " + Year(entry) + " is not after the base year " + Year(baseYear), "a year after base_year: the base describes the market before the agreement");
        }

        var horizon = WholeNumber(table, "horizon", 1960, 2100) ?? throw Missing(table, "horizon", "the last year to model, such as 2008");
        if (horizon < entry || horizon > entry + 50)
        {
            throw table.ErrorAt("horizon", "the horizon " + Year(horizon) + " is before entry into force or more than 50 years after it", "a year from " + Year(entry) + " to " + Year(entry + 50));
        }

        var duties = table.OptionalChoice("duties", DutyNames)?.Value ?? DutyRegime.Legal;
        var elasticity = table.Number("substitution_elasticity", 0, 100);
        var context = new Context(parties, entry, horizon);
        var commoditiesTable = table.Table("commodities");
        var commodities = commoditiesTable.Keys.Select(key => ReadCommodity(commoditiesTable.Table(key), key, context)).ToArray();
        if (commodities.Length == 0)
        {
            throw table.ErrorAt("commodities", "the agreement names no commodity", "at least one table such as [regional.commodities.maize]");
        }

        commoditiesTable.EnsureAllKeysRead();
        var focus = table.OptionalTexts("focus") ?? [];
        foreach (var name in focus)
        {
            if (!commodities.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw table.ErrorAt("focus", "the focus names \"" + name + "\", which is not a commodity of the agreement", "names of [regional.commodities.*] tables: " + string.Join(", ", commodities.Select(c => c.Name)));
            }
        }

        var dumping = ReadDumping(table.OptionalTable("dumping"), commodities);
        table.EnsureAllKeysRead();
        return new RegionalAgreement(parties, baseYear, averaged, entry, horizon, duties, focus, elasticity, commodities, dumping);
    }

    private static MemberId[] Parties(TomlTable table)
    {
        var texts = table.OptionalTexts("parties") ?? throw table.ErrorAt("parties", "missing key \"parties\" in [regional]", "the parties' codes, such as [\"MEX\", \"USA\", \"CAN\"]");
        var parties = new List<MemberId>();
        foreach (var text in texts)
        {
            if (!MemberId.TryParse(text, out var id) || id == RegionalAgreement.RestOfWorld)
            {
                throw table.ErrorAt("parties", "\"" + text + "\" is not a member code", "three letters such as MEX (ROW is the rest of the world, not a party)");
            }

            if (parties.Contains(id))
            {
                throw table.ErrorAt("parties", id + " is listed twice", "each party once");
            }

            parties.Add(id);
        }

        if (parties.Count < 2)
        {
            throw table.ErrorAt("parties", "an agreement needs at least two parties", "two or more codes, such as [\"MEX\", \"USA\", \"CAN\"]");
        }

        return [.. parties];
    }

    private static RegionalCommodity ReadCommodity(TomlTable table, string name, Context context)
    {
        var series = table.OptionalText("price_series");
        var elasticity = table.OptionalNumber("substitution_elasticity", 0, 100);
        var importers = new List<ImporterBase>();
        if (table.OptionalTable("importers") is { } importersTable)
        {
            foreach (var key in importersTable.Keys)
            {
                var party = context.Party(importersTable, key);
                importers.Add(ReadImporter(importersTable.Table(key), party));
            }

            importersTable.EnsureAllKeysRead();
        }

        var pairs = new List<PairSchedule>();
        foreach (var key in table.Keys.Where(k => !CommodityKeys.Contains(k, StringComparer.Ordinal)))
        {
            var match = PairKey().Match(key);
            if (!match.Success)
            {
                var suggestion = Suggestions.Closest(key, CommodityKeys);
                throw table.ErrorAt(
                    key,
                    "unknown key \"" + key + "\" in [" + table.Path + "]" + (suggestion is null ? string.Empty : "; did you mean \"" + suggestion + "\"?"),
                    "a flow such as USA_to_MEX (exporter_to_importer), or one of " + string.Join(", ", CommodityKeys));
            }

            var exporter = context.Party(table, key, match.Groups[1].Value);
            var importer = context.Party(table, key, match.Groups[2].Value);
            if (exporter == importer)
            {
                throw table.ErrorAt(key, "a flow from " + exporter + " to itself", "a flow between two different parties");
            }

            pairs.Add(ReadPair(table.Table(key), exporter, importer, context));
        }

        foreach (var group in pairs.Where(p => p.ShareOfImportsPercent is not null).GroupBy(p => p.Importer))
        {
            var sum = group.Sum(p => p.ShareOfImportsPercent!.Value);
            if (sum > 100 + 1e-9)
            {
                throw table.ErrorAt(group.First().Key, "the shares of " + group.Key + "'s imports add up to " + sum.ToString("0.##", CultureInfo.InvariantCulture) + "%", "shares that add up to at most 100%");
            }
        }

        table.EnsureAllKeysRead();
        return new RegionalCommodity(name, series, elasticity, importers, pairs, table.Location);
    }

    private static ImporterBase ReadImporter(TomlTable table, MemberId importer)
    {
        var percent = table.OptionalNumber("base_tariff", 0, 10_000, "%");
        var specific = table.OptionalNumber("base_tariff_usd_per_t", 0, 1e6, " USD/t");
        if (percent is not null && specific is not null)
        {
            throw table.ErrorAt("base_tariff_usd_per_t", "both base_tariff and base_tariff_usd_per_t are given", "one of them");
        }

        var licensing = table.Flag("licensing", false);
        table.EnsureAllKeysRead();
        return new ImporterBase(importer, percent, specific, licensing, table.Location);
    }

    private static PairSchedule ReadPair(TomlTable table, MemberId exporter, MemberId importer, Context context)
    {
        table.OptionalText("note");
        var share = table.OptionalNumber("share_of_imports", 0, 100, "%");
        var baseRate = table.OptionalNumber("base_rate", 0, 10_000, "%");
        var staging = table.OptionalChoice("staging", StagingNames)?.Value;
        TariffRateQuota? quota = null;
        if (table.Has("quota_kt"))
        {
            if (staging is not null)
            {
                throw table.ErrorAt("staging", "a flow with a tariff-rate quota takes its over-quota path, not a staging category", "either quota_kt with over_quota, or staging");
            }

            quota = ReadQuota(table, context);
        }
        else
        {
            foreach (var key in new[] { "quota_growth", "in_quota", "over_quota", "over_quota_usd_per_t", "applied_over_quota", "applied_over_quota_usd_per_t" })
            {
                if (table.Has(key))
                {
                    throw table.ErrorAt(key, "\"" + key + "\" belongs to a tariff-rate quota, and this flow has no quota_kt", "add quota_kt, or remove " + key);
                }
            }
        }

        if (staging is { } category && NaftaStaging.DutyFreeFrom(category, context.Entry) > context.Horizon)
        {
            throw table.ErrorAt(
                "staging",
                "staging " + NaftaStaging.Name(category) + " makes the tariff duty-free only in " + Year(NaftaStaging.DutyFreeFrom(category, context.Entry)) + ", after the horizon " + Year(context.Horizon),
                "a horizon of at least " + Year(NaftaStaging.DutyFreeFrom(category, context.Entry)) + ", or a shorter category");
        }

        table.EnsureAllKeysRead();
        return new PairSchedule(exporter, importer, share, staging, baseRate, quota, table.Location);
    }

    private static TariffRateQuota ReadQuota(TomlTable table, Context context)
    {
        var quota = table.Number("quota_kt", 0, 1e7, " kt");
        var growth = table.OptionalNumber("quota_growth") ?? 0;
        if (growth < 0)
        {
            throw table.ErrorAt("quota_growth", "a quota that shrinks by " + (-growth).ToString("0.###", CultureInfo.InvariantCulture) + "% a year", "a growth of at least 0% a year: a tariff-rate quota's duty-free quantity does not fall");
        }

        if (growth > 100)
        {
            throw table.ErrorAt("quota_growth", "a quota growth of " + growth.ToString(CultureInfo.InvariantCulture) + "% a year", "a growth of at most 100% a year");
        }

        var inQuota = table.OptionalNumber("in_quota", 0, 10_000, "%") ?? 0;
        var legal = ReadPath(table, "over_quota", context, required: true)!;
        var applied = ReadPath(table, "applied_over_quota", context, required: false);
        if (legal.Points.Any(p => legal.Unit == RateUnit.Percent && p.Value < inQuota))
        {
            throw table.ErrorAt("over_quota", "an over-quota duty below the in-quota rate of " + inQuota.ToString(CultureInfo.InvariantCulture) + "%", "over-quota duties at least equal to the in-quota rate");
        }

        return new TariffRateQuota(quota, growth, inQuota, legal, applied);
    }

    private static RatePath? ReadPath(TomlTable table, string key, Context context, bool required)
    {
        var percent = table.OptionalTable(key);
        var specific = table.OptionalTable(key + "_usd_per_t");
        if (percent is not null && specific is not null)
        {
            throw table.ErrorAt(key + "_usd_per_t", "both " + key + " and " + key + "_usd_per_t are given", "one of them");
        }

        var path = percent ?? specific;
        if (path is null)
        {
            return required
                ? throw table.ErrorAt(key, "missing the over-quota duty path", "a table [" + table.Path + "." + key + "] with the duty in percent by year (or " + key + "_usd_per_t in USD per tonne), such as 1994 = 215")
                : null;
        }

        var pathKey = path.Path;
        var points = new List<RatePoint>();
        foreach (var yearKey in path.Keys)
        {
            if (!int.TryParse(yearKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || yearKey.Length != 4)
            {
                throw path.ErrorAt(yearKey, "\"" + yearKey + "\" is not a year", "keys that are years, such as 1994 = 215");
            }

            var value = path.Number(yearKey, 0, 1e6);
            if (year < context.Entry)
            {
                throw path.ErrorAt(yearKey, "a duty for " + yearKey + ", before entry into force in " + Year(context.Entry), "years from " + Year(context.Entry) + " to the horizon " + Year(context.Horizon));
            }

            if (year > context.Horizon)
            {
                throw path.ErrorAt(yearKey, "the path runs to " + yearKey + ", after the horizon " + Year(context.Horizon), "a horizon of at least " + yearKey + " in [regional], or a path that ends by " + Year(context.Horizon));
            }

            points.Add(new RatePoint(year, value));
        }

        points.Sort((a, b) => a.Year.CompareTo(b.Year));
        if (points.Count == 0 || points[0].Year != context.Entry)
        {
            throw table.ErrorAt(path == percent ? key : key + "_usd_per_t", "the path does not give the duty in the year of entry into force, " + Year(context.Entry), "a first point " + Year(context.Entry) + " = ...");
        }

        path.EnsureAllKeysRead();
        return new RatePath(points, path == percent ? RateUnit.Percent : RateUnit.UsdPerTonne, pathKey);
    }

    private static RegionalDumping? ReadDumping(TomlTable? table, IReadOnlyList<RegionalCommodity> commodities)
    {
        if (table is null)
        {
            return null;
        }

        var names = table.OptionalTexts("commodities") ?? throw table.ErrorAt("commodities", "missing key \"commodities\" in [regional.dumping]", "the commodities whose margins to show, such as [\"maize\"]");
        foreach (var name in names)
        {
            if (!commodities.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw table.ErrorAt("commodities", "\"" + name + "\" is not a commodity of the agreement", "names of [regional.commodities.*] tables");
            }
        }

        var basis = table.OptionalChoice("cost_basis", CostBasisNames)?.Value ?? CostBasis.Total;
        var price = table.OptionalChoice("price", PriceNames)?.Value ?? ExportPrice.Gulf;
        var transport = table.OptionalNumber("transport_usd_per_t", 0, 1e4, " USD/t") ?? 0;
        table.EnsureAllKeysRead();
        return new RegionalDumping(names, basis, price, transport, table.Location);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole number written plain or with its source (so that <c>--set regional.horizon=2005</c> works too).</summary>
    private static int? WholeNumber(TomlTable table, string key, int min, int max)
    {
        if (!table.Has(key) || table.Find(key) is TomlScalar)
        {
            // Written plain, a year is a date of the text, not a parameter: not logged (as [implementation] years).
            return table.OptionalInteger(key, min, max);
        }

        var value = table.OptionalNumber(key);
        if (value is not { } v)
        {
            return null;
        }

        if (v != Math.Floor(v) || v < min || v > max)
        {
            throw table.ErrorAt(key, "the value " + v.ToString(CultureInfo.InvariantCulture) + " is not a whole number from " + Year(min) + " to " + Year(max), "a whole number from " + Year(min) + " to " + Year(max));
        }

        return (int)v;
    }

    private static CampoException Missing(TomlTable table, string key, string expected) =>
        table.ErrorAt(key, "missing key \"" + key + "\" in [" + table.Path + "]", "expected " + expected);

    [GeneratedRegex("^([A-Za-z]{3})_to_([A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex PairKey();

    private sealed record Context(IReadOnlyList<MemberId> Parties, int Entry, int Horizon)
    {
        public MemberId Party(TomlTable table, string key, string? code = null)
        {
            code ??= key;
            if (!MemberId.TryParse(code, out var id) || !Parties.Contains(id))
            {
                throw table.ErrorAt(key, "\"" + code + "\" is not a party of the agreement", "one of " + string.Join(", ", Parties));
            }

            return id;
        }
    }
}
