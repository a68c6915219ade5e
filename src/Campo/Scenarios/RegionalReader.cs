using System.Globalization;
using System.Text.RegularExpressions;
using Campo.Domain;
using Campo.Errors;
using Campo.Regional;
using Campo.Regional.Dumping;
using Campo.Scenarios.Toml;

namespace Campo.Scenarios;

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

    private static readonly Dictionary<string, MaizeBaseline> MaizeBaselineNames = new(StringComparer.Ordinal)
    {
        ["trend"] = MaizeBaseline.Trend,
        ["observed"] = MaizeBaseline.Observed,
    };

    private static readonly Dictionary<string, CostBasis> CostBasisNames = new(StringComparer.Ordinal)
    {
        ["total"] = CostBasis.Total,
        ["total-less-land"] = CostBasis.TotalLessLand,
        ["operating"] = CostBasis.Operating,
    };

    private static readonly Dictionary<string, ExportPrice> PriceNames = new(StringComparer.Ordinal)
    {
        ["harvest"] = ExportPrice.Harvest,
        ["marketing-year"] = ExportPrice.MarketingYear,
        ["gulf"] = ExportPrice.Gulf,
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
        var baseYear = WholeNumber(table, "base_year", 1960, 2100) ?? throw Missing(table, "base_year", Messages.Text(Messages.Regional_BaseYearFix));
        var averaged = WholeNumber(table, "base_years_averaged", 1, 10) ?? 1;
        var entry = WholeNumber(table, "entry_into_force", 1960, 2100) ?? throw Missing(table, "entry_into_force", Messages.Text(Messages.Regional_EntryFix));
        if (entry <= baseYear)
        {
            throw table.ErrorAt("entry_into_force", Messages.Fill(Messages.Regional_EntryNotAfterBase, Year(entry), Year(baseYear)), Messages.Text(Messages.Regional_EntryNotAfterBaseFix));
        }

        var horizon = WholeNumber(table, "horizon", 1960, 2100) ?? throw Missing(table, "horizon", Messages.Text(Messages.Regional_HorizonMissingFix));
        if (horizon < entry || horizon > entry + 50)
        {
            throw table.ErrorAt("horizon", Messages.Fill(Messages.Regional_Horizon, Year(horizon)), Messages.Fill(Messages.Regional_HorizonFix, Year(entry), Year(entry + 50)));
        }

        var duties = table.OptionalChoice("duties", DutyNames)?.Value ?? DutyRegime.Legal;
        var elasticity = table.Number("substitution_elasticity", 0, 100);
        var context = new Context(parties, entry, horizon);
        var commoditiesTable = table.Table("commodities");
        var commodities = commoditiesTable.Keys.Select(key => ReadCommodity(commoditiesTable.Table(key), key, context)).ToArray();
        if (commodities.Length == 0)
        {
            throw table.ErrorAt("commodities", Messages.Text(Messages.Regional_NoCommodity), Messages.Text(Messages.Regional_NoCommodityFix));
        }

        commoditiesTable.EnsureAllKeysRead();
        var focus = table.OptionalTexts("focus") ?? [];
        foreach (var name in focus)
        {
            if (!commodities.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw table.ErrorAt("focus", Messages.Fill(Messages.Regional_FocusUnknown, name), Messages.Fill(Messages.Regional_CommodityNamesList, string.Join(", ", commodities.Select(c => c.Name))));
            }
        }

        var dumping = ReadDumping(table.OptionalTable("dumping"), commodities);
        var maizeModel = ReadMaizeModel(table.OptionalTable("maize_model"));
        table.EnsureAllKeysRead();
        return new RegionalAgreement(parties, baseYear, averaged, entry, horizon, duties, focus, elasticity, commodities, dumping, maizeModel);
    }

    private static MemberId[] Parties(TomlTable table)
    {
        var texts = table.OptionalTexts("parties") ?? throw table.ErrorAt("parties", Messages.Fill(Messages.Toml_MissingKeyIn, "parties", "regional"), Messages.Text(Messages.Regional_PartiesFix));
        var parties = new List<MemberId>();
        foreach (var text in texts)
        {
            if (!MemberId.TryParse(text, out var id) || id == RegionalAgreement.RestOfWorld)
            {
                throw table.ErrorAt("parties", Messages.Fill(Messages.Common_NotMemberCode, text), Messages.Text(Messages.Regional_PartyCodeFix));
            }

            if (parties.Contains(id))
            {
                throw table.ErrorAt("parties", Messages.Fill(Messages.Regional_ListedTwice, id), Messages.Text(Messages.Regional_ListedTwiceFix));
            }

            parties.Add(id);
        }

        if (parties.Count < 2)
        {
            throw table.ErrorAt("parties", Messages.Text(Messages.Regional_TwoParties), Messages.Text(Messages.Regional_TwoPartiesFix));
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
                    Messages.WithSuggestion(Messages.Fill(Messages.Toml_UnknownKeyIn, key, table.Path), suggestion),
                    Messages.Fill(Messages.Regional_FlowKeyFix, string.Join(", ", CommodityKeys)));
            }

            var exporter = context.Party(table, key, match.Groups[1].Value);
            var importer = context.Party(table, key, match.Groups[2].Value);
            if (exporter == importer)
            {
                throw table.ErrorAt(key, Messages.Fill(Messages.Regional_SelfFlow, exporter), Messages.Text(Messages.Regional_SelfFlowFix));
            }

            pairs.Add(ReadPair(table.Table(key), exporter, importer, context));
        }

        foreach (var group in pairs.Where(p => p.ShareOfImportsPercent is not null).GroupBy(p => p.Importer))
        {
            var sum = group.Sum(p => p.ShareOfImportsPercent!.Value);
            if (sum > 100 + 1e-9)
            {
                throw table.ErrorAt(group.First().Key, Messages.Fill(Messages.Regional_SharesSum, group.Key, sum.ToString("0.##", CultureInfo.InvariantCulture)), Messages.Text(Messages.Regional_SharesSumFix));
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
            throw table.ErrorAt("base_tariff_usd_per_t", Messages.Fill(Messages.Regional_Both, "base_tariff", "base_tariff_usd_per_t"), Messages.Text(Messages.Regional_OneOfThem));
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
                throw table.ErrorAt("staging", Messages.Text(Messages.Regional_QuotaAndStaging), Messages.Text(Messages.Regional_QuotaAndStagingFix));
            }

            quota = ReadQuota(table, context);
        }
        else
        {
            foreach (var key in new[] { "quota_growth", "in_quota", "over_quota", "over_quota_usd_per_t", "applied_over_quota", "applied_over_quota_usd_per_t" })
            {
                if (table.Has(key))
                {
                    throw table.ErrorAt(key, Messages.Fill(Messages.Regional_QuotaKeyWithoutQuota, key), Messages.Fill(Messages.Regional_QuotaKeyWithoutQuotaFix, key));
                }
            }
        }

        if (staging is { } category && NaftaStaging.DutyFreeFrom(category, context.Entry) > context.Horizon)
        {
            throw table.ErrorAt(
                "staging",
                Messages.Fill(Messages.Regional_StagingAfterHorizon, NaftaStaging.Name(category), Year(NaftaStaging.DutyFreeFrom(category, context.Entry)), Year(context.Horizon)),
                Messages.Fill(Messages.Regional_StagingAfterHorizonFix, Year(NaftaStaging.DutyFreeFrom(category, context.Entry))));
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
            throw table.ErrorAt("quota_growth", Messages.Fill(Messages.Regional_QuotaShrinks, (-growth).ToString("0.###", CultureInfo.InvariantCulture)), Messages.Text(Messages.Regional_QuotaShrinksFix));
        }

        if (growth > 100)
        {
            throw table.ErrorAt("quota_growth", Messages.Fill(Messages.Regional_QuotaGrowth, Messages.Number(growth)), Messages.Text(Messages.Regional_QuotaGrowthFix));
        }

        var inQuota = table.OptionalNumber("in_quota", 0, 10_000, "%") ?? 0;
        var legal = ReadPath(table, "over_quota", context, required: true)!;
        var applied = ReadPath(table, "applied_over_quota", context, required: false);
        if (legal.Points.Any(p => legal.Unit == RateUnit.Percent && p.Value < inQuota))
        {
            throw table.ErrorAt("over_quota", Messages.Fill(Messages.Regional_OverBelowIn, Messages.Number(inQuota)), Messages.Text(Messages.Regional_OverBelowInFix));
        }

        return new TariffRateQuota(quota, growth, inQuota, legal, applied);
    }

    private static RatePath? ReadPath(TomlTable table, string key, Context context, bool required)
    {
        var percent = table.OptionalTable(key);
        var specific = table.OptionalTable(key + "_usd_per_t");
        if (percent is not null && specific is not null)
        {
            throw table.ErrorAt(key + "_usd_per_t", Messages.Fill(Messages.Regional_Both, key, key + "_usd_per_t"), Messages.Text(Messages.Regional_OneOfThem));
        }

        var path = percent ?? specific;
        if (path is null)
        {
            return required
                ? throw table.ErrorAt(key, Messages.Text(Messages.Regional_NoPath), Messages.Fill(Messages.Regional_NoPathFix, table.Path, key))
                : null;
        }

        var pathKey = path.Path;
        var points = new List<RatePoint>();
        foreach (var yearKey in path.Keys)
        {
            if (!int.TryParse(yearKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || yearKey.Length != 4)
            {
                throw path.ErrorAt(yearKey, Messages.Fill(Messages.Regional_NotYear, yearKey), Messages.Text(Messages.Regional_NotYearFix));
            }

            var value = path.Number(yearKey, 0, 1e6);
            if (year < context.Entry)
            {
                throw path.ErrorAt(yearKey, Messages.Fill(Messages.Regional_DutyBeforeEntry, yearKey, Year(context.Entry)), Messages.Fill(Messages.Regional_DutyBeforeEntryFix, Year(context.Entry), Year(context.Horizon)));
            }

            if (year > context.Horizon)
            {
                throw path.ErrorAt(yearKey, Messages.Fill(Messages.Regional_PathAfterHorizon, yearKey, Year(context.Horizon)), Messages.Fill(Messages.Regional_PathAfterHorizonFix, yearKey, Year(context.Horizon)));
            }

            points.Add(new RatePoint(year, value));
        }

        points.Sort((a, b) => a.Year.CompareTo(b.Year));
        if (points.Count == 0 || points[0].Year != context.Entry)
        {
            throw table.ErrorAt(path == percent ? key : key + "_usd_per_t", Messages.Fill(Messages.Regional_PathNoEntry, Year(context.Entry)), Messages.Fill(Messages.Regional_PathNoEntryFix, Year(context.Entry)));
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

        var names = table.OptionalTexts("commodities") ?? throw table.ErrorAt("commodities", Messages.Fill(Messages.Toml_MissingKeyIn, "commodities", "regional.dumping"), Messages.Text(Messages.Regional_DumpingFix));
        foreach (var name in names)
        {
            if (!commodities.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw table.ErrorAt("commodities", Messages.Fill(Messages.Regional_NotCommodity, name), Messages.Text(Messages.Regional_CommodityNames));
            }
        }

        var basis = table.OptionalChoice("cost_basis", CostBasisNames)?.Value ?? CostBasis.Total;
        var price = table.OptionalChoice("price", PriceNames)?.Value ?? ExportPrice.Harvest;
        var transport = table.OptionalNumber("transport_usd_per_t", 0, 1e4, " USD/t") ?? 0;
        table.EnsureAllKeysRead();
        return new RegionalDumping(names, basis, price, transport, table.Location);
    }

    /// <summary>
    /// The Mexican maize model's parameters (<c>[regional.maize_model]</c>, docs/scenarios.md): each of
    /// <see cref="MexicoMaize.ScenarioKeys"/> as a number (plain or with its source and status) and its range for the
    /// draws as <c>KEY_range = [low, high]</c>; <c>trend_from</c> and <c>trend_to</c>, the years of the pre-NAFTA trends;
    /// <c>baseline</c>, "trend" (default) or "observed".
    /// </summary>
    private static MexicoMaizeSettings? ReadMaizeModel(TomlTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var settings = new List<MaizeModelSetting>();
        foreach (var (name, key) in MexicoMaize.ScenarioKeys)
        {
            var (min, max) = MexicoMaize.Allowed[name];
            var value = table.OptionalNumber(key, min, max);
            var provenance = value is null ? null : table.Log.Records.LastOrDefault(r => r.Path == table.LocationOf(key).Field)?.Provenance;
            var range = table.OptionalNumbers(key + "_range");
            double? low = null, high = null;
            if (range is not null)
            {
                if (range.Count != 2 || range[0] > range[1] || range[0] < min || range[1] > max)
                {
                    throw table.ErrorAt(key + "_range", Messages.Fill(Messages.Regional_MaizeRange, key + "_range", Messages.Number(min), Messages.Number(max)), Messages.Expected(Messages.Fill(Messages.Regional_MaizeRangeFix, Messages.Number(min), Messages.Number(max))));
                }

                (low, high) = (range[0], range[1]);
                if (value is { } v && (v < range[0] || v > range[1]))
                {
                    throw table.ErrorAt(key, Messages.Fill(Messages.Regional_MaizeOutsideRange, key, Messages.Number(v), Messages.Number(range[0]), Messages.Number(range[1]), key + "_range"), Messages.Expected(Messages.Fill(Messages.Regional_MaizeOutsideRangeFix, key)));
                }
            }

            if (value is not null || range is not null)
            {
                settings.Add(new MaizeModelSetting(name, value, provenance?.Source, provenance is null ? null : StatusName(provenance.Reliability), low, high));
            }
        }

        const int FirstTrendYear = 1973;
        const int LastTrendYear = 1993;
        var from = table.OptionalInteger("trend_from", FirstTrendYear, LastTrendYear);
        var to = table.OptionalInteger("trend_to", FirstTrendYear, LastTrendYear);
        if ((from ?? 1980) + 4 > (to ?? 1993))
        {
            throw table.ErrorAt(from is null ? "trend_to" : "trend_from", Messages.Fill(Messages.Regional_MaizeTrend, Year(from ?? 1980), Year(to ?? 1993), Year(FirstTrendYear), Year(LastTrendYear)), Messages.Expected(Messages.Fill(Messages.Regional_MaizeTrendFix, Year(FirstTrendYear), Year(LastTrendYear))));
        }

        var baseline = table.OptionalChoice("baseline", MaizeBaselineNames)?.Value;
        table.EnsureAllKeysRead();
        return new MexicoMaizeSettings(settings, from, to, table.Location, baseline);
    }

    private static string StatusName(Reliability reliability) => TomlTable.StatusNames.FirstOrDefault(s => s.Value == reliability).Key ?? "assumption";

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
            throw table.ErrorAt(key, Messages.Fill(Messages.Regional_NotWhole, Messages.Number(v), Year(min), Year(max)), Messages.Fill(Messages.Toml_AWholeNumberFrom, Year(min), Year(max)));
        }

        return (int)v;
    }

    private static CampoException Missing(TomlTable table, string key, string expected) =>
        table.ErrorAt(key, Messages.Fill(Messages.Toml_MissingKeyIn, key, table.Path), Messages.Expected(expected));

    [GeneratedRegex("^([A-Za-z]{3})_to_([A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex PairKey();

    private sealed record Context(IReadOnlyList<MemberId> Parties, int Entry, int Horizon)
    {
        public MemberId Party(TomlTable table, string key, string? code = null)
        {
            code ??= key;
            if (!MemberId.TryParse(code, out var id) || !Parties.Contains(id))
            {
                throw table.ErrorAt(key, Messages.Fill(Messages.Regional_NotParty, code), Messages.Fill(Messages.Common_OneOf, string.Join(", ", Parties)));
            }

            return id;
        }
    }
}
