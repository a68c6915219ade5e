using System.Globalization;
using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios.Toml;
using Campo.Schedules.Drafts;
using Campo.Schedules.Formulas;

namespace Campo.Scenarios;

/// <summary>
/// Reads the <c>[market_access]</c> section of a scenario file into a <see cref="MarketAccessDraft"/>. The schema is
/// documented in docs/scenarios.md ("Market access"); every number keeps its provenance in the scenario's parameter
/// log, and every misspelt or misplaced key is refused with the closest allowed key.
/// </summary>
public static class MarketAccessReader
{
    private static readonly Dictionary<string, string> FormulaNames = new(StringComparer.Ordinal)
    {
        ["none"] = "none",
        ["linear"] = "linear",
        ["uruguay-round"] = "uruguay-round",
        ["swiss"] = "swiss",
        ["banded"] = "banded",
        ["tiered"] = "tiered",
        ["blended"] = "blended",
    };

    private static readonly Dictionary<string, CutAllocation> Allocations = new(StringComparer.Ordinal)
    {
        ["neutral"] = CutAllocation.Neutral,
        ["defensive"] = CutAllocation.Defensive,
    };

    private static readonly Dictionary<string, Designation> Designations = new(StringComparer.Ordinal)
    {
        ["flagged"] = Designation.Flagged,
        ["highest"] = Designation.Highest,
    };

    /// <summary>The key of a development status's table (<c>developed</c>, <c>developing</c>, <c>ldc</c>).</summary>
    public static string GroupKey(DevelopmentStatus status) => DevelopmentStatusKeys.Of(status);

    /// <summary>Reads the section, or returns null when the file has none.</summary>
    /// <param name="table">The <c>[market_access]</c> table, or null.</param>
    /// <exception cref="CampoException">A key is missing, misspelt, of the wrong type or out of range.</exception>
    public static MarketAccessDraft? ReadOptional(TomlTable? table) => table is null ? null : Read(table);

    /// <summary>Reads the section.</summary>
    /// <param name="table">The <c>[market_access]</c> table.</param>
    /// <exception cref="CampoException">A key is missing, misspelt, of the wrong type or out of range.</exception>
    public static MarketAccessDraft Read(TomlTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.OptionalText("note");
        var groups = new Dictionary<DevelopmentStatus, GroupModalities>();
        TieredFormula? developedTiers = null;
        foreach (var (key, status) in ScenarioReader.StatusKeys)
        {
            if (table.OptionalTable(key) is not { } group)
            {
                continue;
            }

            var modalities = ReadGroup(group, developedTiers);
            if (status == DevelopmentStatus.Developed)
            {
                developedTiers = modalities.Formula as TieredFormula;
            }

            groups[status] = modalities;
        }

        var sve = ReadAdjustment(table.OptionalTable("sve"));
        var ram = ReadAdjustment(table.OptionalTable("ram"));
        table.EnsureAllKeysRead();
        return new MarketAccessDraft(groups, sve, ram);
    }

    private static GroupModalities ReadGroup(TomlTable group, TieredFormula? developedTiers)
    {
        var name = group.OptionalChoice("formula", FormulaNames)?.Value
            ?? throw group.ErrorAt("formula", Messages.Fill(Messages.Toml_MissingKeyIn, "formula", group.Path), Messages.Expected(Messages.Fill(Messages.Common_OneOf, string.Join(", ", FormulaNames.Keys.Select(k => "\"" + k + "\"")))));
        TariffFormula formula = name switch
        {
            "none" => new NoCutFormula(),
            "linear" => new LinearFormula(group.Percent("cut", 100)),
            "uruguay-round" => ReadUruguayRound(group),
            "swiss" => new SwissFormula(Coefficient(group, "swiss_coefficient")),
            "banded" => ReadBanded(group),
            "tiered" => ReadTiered(group, developedTiers),
            _ => ReadBlended(group),
        };

        if (formula is NoCutFormula)
        {
            group.EnsureAllKeysRead();
            return GroupModalities.None;
        }

        var floor = group.OptionalPercent("minimum_average_cut", 100);
        var ceiling = group.OptionalPercent("maximum_average_cut", 100);
        if (floor is { } f && ceiling is { } c && f > c)
        {
            throw group.ErrorAt("maximum_average_cut", Messages.Fill(Messages.MarketAccess_MaxBelowMin, c, f), Messages.Text(Messages.MarketAccess_MaxBelowMinFix));
        }

        var modalities = new GroupModalities(
            formula,
            group.OptionalPercent("cap"),
            floor,
            ceiling,
            group.Flag("escalation", false),
            ReadSensitive(group.OptionalTable("sensitive")),
            ReadSpecial(group.OptionalTable("special")),
            group.OptionalPercent("in_quota_cut", 100));
        if (modalities.Escalation && formula is not TieredFormula)
        {
            throw group.ErrorAt("escalation", Messages.Text(Messages.MarketAccess_Escalation), Messages.Text(Messages.MarketAccess_EscalationFix));
        }

        group.EnsureAllKeysRead();
        return modalities;
    }

    private static UruguayRoundFormula ReadUruguayRound(TomlTable group)
    {
        var average = group.Percent("average_cut", 100);
        var minimum = group.Percent("minimum_cut", 100);
        if (minimum > average)
        {
            throw group.ErrorAt("minimum_cut", Messages.Fill(Messages.MarketAccess_MinAboveAverage, minimum, average), Messages.Text(Messages.MarketAccess_MinAboveAverageFix));
        }

        return new UruguayRoundFormula(average, minimum, Allocation(group, "allocation"));
    }

    private static BandedFormula ReadBanded(TomlTable group)
    {
        var bands = new List<AverageBand>();
        foreach (var band in RequiredBands(group))
        {
            var above = band.Percent("above");
            var average = band.Percent("average_cut", 100);
            var minimum = band.Percent("minimum_cut", 100);
            if (minimum > average)
            {
                throw band.ErrorAt("minimum_cut", Messages.Fill(Messages.MarketAccess_MinAboveBandAverage, minimum, average), Messages.Text(Messages.MarketAccess_MinAboveAverageFix));
            }

            band.EnsureAllKeysRead();
            CheckIncreasing(band, bands.Count > 0 ? bands[^1].Above : null, above);
            bands.Add(new AverageBand(above, average, minimum));
        }

        return new BandedFormula(bands, Allocation(group, "allocation"));
    }

    private static TieredFormula ReadTiered(TomlTable group, TieredFormula? developedTiers)
    {
        var share = group.OptionalPercent("share_of_developed_cuts", 100);
        var tables = RequiredBands(group);
        if (share is not null && developedTiers is null)
        {
            throw group.ErrorAt("share_of_developed_cuts", Messages.Text(Messages.MarketAccess_ShareWithoutTiers), Messages.Text(Messages.MarketAccess_ShareWithoutTiersFix));
        }

        if (share is not null && tables.Count != developedTiers!.Bands.Count)
        {
            throw group.ErrorAt("bands", Messages.Fill(Messages.MarketAccess_BandCount, Messages.Number(tables.Count), Messages.Number(developedTiers.Bands.Count)), Messages.Text(Messages.MarketAccess_BandCountFix));
        }

        var bands = new List<TierBand>();
        for (var b = 0; b < tables.Count; b++)
        {
            var band = tables[b];
            var above = band.Percent("above");
            Rate cut;
            if (share is { } s)
            {
                if (band.Has("cut"))
                {
                    throw band.ErrorAt("cut", Messages.Text(Messages.MarketAccess_BandCutWithShare), Messages.Text(Messages.MarketAccess_BandCutWithShareFix));
                }

                cut = new Rate(s.Fraction * developedTiers!.Bands[b].Cut.Fraction);
            }
            else
            {
                cut = band.Percent("cut", 100);
            }

            band.EnsureAllKeysRead();
            CheckIncreasing(band, bands.Count > 0 ? bands[^1].Above : null, above);
            bands.Add(new TierBand(above, cut));
        }

        return new TieredFormula(bands);
    }

    private static BlendedFormula ReadBlended(TomlTable group)
    {
        var ur = group.Percent("uruguay_round_share", 100);
        var swiss = group.Percent("swiss_share", 100);
        var free = group.Percent("duty_free_share", 100);
        var total = ur.Percent + swiss.Percent + free.Percent;
        if (Math.Abs(total - 100) > 1e-6)
        {
            throw group.ErrorAt("duty_free_share", Messages.Fill(Messages.MarketAccess_SharesSum, total.ToString("0.###", CultureInfo.InvariantCulture)), Messages.Text(Messages.MarketAccess_SharesSumFix));
        }

        var average = group.Percent("average_cut", 100);
        var minimum = group.Percent("minimum_cut", 100);
        if (minimum > average)
        {
            throw group.ErrorAt("minimum_cut", Messages.Fill(Messages.MarketAccess_MinAboveAverage, minimum, average), Messages.Text(Messages.MarketAccess_MinAboveAverageFix));
        }

        return new BlendedFormula(ur, swiss, free, average, minimum, Coefficient(group, "swiss_coefficient"), Allocation(group, "placement"));
    }

    private static SensitiveRules? ReadSensitive(TomlTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var rules = new SensitiveRules(
            table.Percent("share_of_lines", 100),
            table.OptionalPercent("extra_share", 100) ?? Rate.Zero,
            table.OptionalPercent("extra_when_top_band_above", 100),
            table.Percent("fraction_of_formula_cut", 100),
            table.OptionalPercent("quota_expansion", 100) ?? Rate.Zero,
            table.OptionalChoice("designation", Designations)?.Value ?? Designation.Flagged);
        table.EnsureAllKeysRead();
        return rules;
    }

    private static SpecialRules? ReadSpecial(TomlTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var rules = new SpecialRules(
            table.Percent("share_of_lines", 100),
            table.OptionalPercent("zero_cut_share", 100) ?? Rate.Zero,
            table.Percent("average_cut", 100),
            table.OptionalChoice("designation", Designations)?.Value ?? Designation.Flagged);
        if (rules.ZeroCutShare > rules.ShareOfLines)
        {
            throw table.ErrorAt("zero_cut_share", Messages.Fill(Messages.MarketAccess_ZeroCutShare, rules.ZeroCutShare, rules.ShareOfLines), Messages.Text(Messages.MarketAccess_ZeroCutShareFix));
        }

        table.EnsureAllKeysRead();
        return rules;
    }

    private static ModalityAdjustment? ReadAdjustment(TomlTable? table)
    {
        if (table is null)
        {
            return null;
        }

        var years = table.OptionalNumber("extra_years", 0, 30, Messages.Text(Messages.Unit_Years)) ?? 0;
        if (years != Math.Floor(years))
        {
            throw table.ErrorAt("extra_years", Messages.Fill(Messages.MarketAccess_NotWholeYears, Messages.Number(years)), Messages.Expected(Messages.Fill(Messages.Toml_AWholeNumberFrom, 0, 30)));
        }

        var adjustment = new ModalityAdjustment(table.OptionalNumber("cut_reduction_points", 0, 100, Messages.Text(Messages.Unit_Points)) ?? 0, (int)years);
        table.EnsureAllKeysRead();
        return adjustment;
    }

    private static IReadOnlyList<TomlTable> RequiredBands(TomlTable group)
    {
        var bands = group.Tables("bands");
        if (bands.Count == 0)
        {
            throw group.ErrorAt("bands", Messages.Fill(Messages.MarketAccess_NoBands, group.Path), Messages.Fill(Messages.MarketAccess_NoBandsFix, group.Path));
        }

        return bands;
    }

    private static void CheckIncreasing(TomlTable band, Rate? previous, Rate above)
    {
        if (previous is { } p && above <= p)
        {
            throw band.ErrorAt("above", Messages.Fill(Messages.MarketAccess_BandOrder, above, p), Messages.Text(Messages.MarketAccess_BandOrderFix));
        }
    }

    private static double Coefficient(TomlTable group, string key) =>
        group.Number(key, 0.001, 100_000) / 100.0;

    private static CutAllocation Allocation(TomlTable group, string key) =>
        group.OptionalChoice(key, Allocations)?.Value ?? CutAllocation.Neutral;
}
