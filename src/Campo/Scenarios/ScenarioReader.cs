using System.Globalization;
using Campo.Domain;
using Campo.Errors;
using Campo.Scenarios.Toml;

namespace Campo.Scenarios;

/// <summary>
/// Reads a scenario file (TOML, schema in docs/scenarios.md). Unknown keys, missing sections and values of the
/// wrong type or out of range are reported as <c>file:line:column: key: what is wrong; what is expected</c>.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The schema version this reader understands.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The names of development statuses as scenario files write them.</summary>
    public static IReadOnlyDictionary<string, DevelopmentStatus> StatusKeys => DevelopmentStatusKeys.ByKey;

    private static readonly Dictionary<string, ScenarioKind> Kinds = new(StringComparer.Ordinal)
    {
        ["multilateral"] = ScenarioKind.Multilateral,
        ["regional"] = ScenarioKind.Regional,
    };

    /// <summary>Reads a scenario file from disk; a missing file named like a shipped draft (cancun-2003.toml) is that draft.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="displayName">The file as the user named it, for messages; defaults to <paramref name="path"/>.</param>
    /// <exception cref="CampoException">The file is missing, unreadable or invalid.</exception>
    public static Scenario ReadFile(string path, string? displayName = null) => ReadFile(path, displayName, []);

    /// <summary>Reads a scenario file from disk, with <c>--set path=value</c> overrides applied before reading (see <see cref="ScenarioOverrides"/>).</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="displayName">The file as the user named it, for messages; defaults to <paramref name="path"/>.</param>
    /// <param name="overrides">The <c>path=value</c> texts, applied in order.</param>
    /// <exception cref="CampoException">The file is missing, unreadable or invalid, or an override is.</exception>
    public static Scenario ReadFile(string path, string? displayName, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = displayName ?? path;
        if (!System.IO.File.Exists(path))
        {
            // A shipped draft named bare or as scenarios/NAME.toml is found outside the repository too.
            if (ShippedScenarios.NameOf(name) is { } shipped && IsBareOrInScenarios(name))
            {
                return Read(ShippedScenarios.Text(shipped)!, ShippedScenarios.FileName(shipped), overrides);
            }

            throw new CampoException(Messages.Text(Messages.Scenario_NoFile), Messages.Text(Messages.Scenario_NoFileFix), new SourceLocation(name));
        }

        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (IOException exception)
        {
            throw new CampoException(Messages.Fill(Messages.Scenario_CannotRead, exception.Message), null, new SourceLocation(name), exception);
        }

        return Read(text, name, overrides);
    }

    private static bool IsBareOrInScenarios(string typed)
    {
        var folder = Path.GetDirectoryName(typed.Replace('\\', '/'));
        return string.IsNullOrEmpty(folder) || string.Equals(Path.GetFileName(folder), "scenarios", StringComparison.Ordinal);
    }

    /// <summary>Reads a scenario from TOML text.</summary>
    /// <param name="text">The TOML text.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <exception cref="CampoException">The text is invalid.</exception>
    public static Scenario Read(string text, string fileName) => Read(text, fileName, []);

    /// <summary>Reads a scenario from TOML text, with <c>--set path=value</c> overrides applied before reading.</summary>
    /// <param name="text">The TOML text.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="overrides">The <c>path=value</c> texts, applied in order (see <see cref="ScenarioOverrides"/>).</param>
    /// <exception cref="CampoException">The text or an override is invalid.</exception>
    public static Scenario Read(string text, string fileName, IReadOnlyList<string> overrides)
    {
        var root = TomlDocument.Parse(text, fileName);
        ScenarioOverrides.Apply(root, overrides);
        var schema = root.Integer("schema", 1, 1000);
        if (schema != SchemaVersion)
        {
            throw root.ErrorAt("schema", Messages.Fill(Messages.Scenario_Schema, Messages.Number(schema)), Messages.Fill(Messages.Scenario_SchemaFix, Messages.Number(SchemaVersion)));
        }

        var kind = root.Choice("kind", Kinds);
        var baseTable = root.Table("base");
        var baseSettings = ReadBase(baseTable, kind);
        var regional = ReadRegional(root, kind);
        if (regional is not null)
        {
            if (baseTable.Has("year") && baseSettings.Year != regional.BaseYear)
            {
                throw baseTable.ErrorAt("year", Messages.Fill(Messages.Scenario_BaseYear, Messages.Number(baseSettings.Year), Messages.Number(regional.BaseYear)), Messages.Text(Messages.Scenario_BaseYearFix));
            }

            baseSettings = baseSettings with { Year = regional.BaseYear };
        }

        var scenario = new Scenario
        {
            File = fileName,
            Title = root.Text("title"),
            Kind = kind,
            Regional = regional,
            Source = root.OptionalText("source"),
            Description = root.OptionalText("description"),
            Base = baseSettings,
            MarketAccess = MarketAccessReader.ReadOptional(root.OptionalTable("market_access")),
            DomesticSupport = ReadDomesticSupport(root.OptionalTable("domestic_support")),
            ExportCompetition = ReadExportCompetition(root.OptionalTable("export_competition")),
            Implementation = ReadImplementation(root.OptionalTable("implementation"), baseSettings.Year),
            Decision = ReadDecision(root.OptionalTable("decision")),
            Parameters = [],
        };

        root.EnsureAllKeysRead();
        return scenario with { Parameters = root.Log.Records.ToArray(), Choices = root.Log.Choices.ToArray() };
    }

    /// <summary>
    /// The <c>[regional]</c> section of a regional scenario. A regional agreement's tariffs and dates are all in that
    /// section, so the multilateral pillars are refused in it (they would otherwise be read and silently ignored),
    /// and a multilateral draft may not carry one.
    /// </summary>
    private static Regional.RegionalAgreement? ReadRegional(TomlTable root, ScenarioKind kind)
    {
        if (kind != ScenarioKind.Regional)
        {
            if (root.Has("regional"))
            {
                throw root.ErrorAt("regional", Messages.Text(Messages.Scenario_RegionalInMultilateral), Messages.Text(Messages.Scenario_RegionalInMultilateralFix));
            }

            return null;
        }

        foreach (var pillar in new[] { "market_access", "domestic_support", "export_competition", "implementation" })
        {
            if (root.Has(pillar))
            {
                throw root.ErrorAt(pillar, Messages.Fill(Messages.Scenario_PillarInRegional, pillar), Messages.Fill(Messages.Scenario_PillarInRegionalFix, pillar));
            }
        }

        var table = root.OptionalTable("regional") ?? throw root.ErrorAt("regional", Messages.Text(Messages.Scenario_NoRegional), Messages.Text(Messages.Scenario_NoRegionalFix));
        return RegionalReader.Read(table);
    }

    /// <summary>The day the WTO came into being (Marrakesh Agreement, entry into force): no membership before it.</summary>
    public static readonly DateOnly WtoFounded = new(1995, 1, 1);

    private static BaseSettings ReadBase(TomlTable table, ScenarioKind kind)
    {
        var membersAt = table.OptionalDate("members_at") ?? throw table.ErrorAt("members_at", Messages.Fill(Messages.Toml_MissingKeyIn, "members_at", "base"), Messages.Text(Messages.Scenario_MembersAtFix));
        if (kind == ScenarioKind.Multilateral && membersAt < WtoFounded)
        {
            // Before the WTO no member decides a multilateral draft, which would then "pass" with no one to object.
            throw table.ErrorAt("members_at", Messages.Fill(Messages.Scenario_MembersAtBeforeWto, membersAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Messages.Text(Messages.Scenario_MembersAtFix));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (membersAt > today)
        {
            // Membership is a record: a future date would silently count today's members as if they were then's.
            throw table.ErrorAt("members_at", Messages.Fill(Messages.Scenario_MembersAtFuture, membersAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Messages.Text(Messages.Scenario_MembersAtFix));
        }

        // The data have one base year; a scenario may restate it but not ask for another.
        var settings = new BaseSettings(
            table.OptionalText("dataset") ?? "default",
            table.OptionalInteger("year", Data.Dataset.BaseYear, Data.Dataset.BaseYear) ?? Data.Dataset.BaseYear,
            membersAt);
        table.EnsureAllKeysRead();
        return settings;
    }

    private static DomesticSupportDraft ReadDomesticSupport(TomlTable? table)
    {
        if (table is null)
        {
            return DomesticSupportDraft.None;
        }

        var cuts = new Dictionary<DevelopmentStatus, Rate>();
        var deMinimisCuts = new Dictionary<DevelopmentStatus, Rate>();
        var tiers = new List<SupportTier>();
        foreach (var (key, status) in StatusKeys)
        {
            if (table.OptionalTable(key) is not { } group)
            {
                continue;
            }

            if (group.OptionalPercent("cut", 100) is { } cut)
            {
                cuts[status] = cut;
            }

            if (group.OptionalPercent("de_minimis_cut", 100) is { } deMinimisCut)
            {
                deMinimisCuts[status] = deMinimisCut;
            }

            foreach (var tier in group.Tables("tiers"))
            {
                tiers.Add(new SupportTier(tier.Number("above_bn_usd", 0, 1e6), tier.Percent("cut", 100), status));
                tier.EnsureAllKeysRead();
            }

            group.EnsureAllKeysRead();
        }

        var commodities = new List<CommoditySupportCut>();
        foreach (var programme in table.Tables("commodity"))
        {
            var memberText = programme.Text("member");
            if (!MemberId.TryParse(memberText, out var member))
            {
                throw programme.ErrorAt("member", $"'{memberText}' is not a member code", "a three-letter WTO member code such as USA (EUN for the European Union)");
            }

            commodities.Add(new CommoditySupportCut(member, programme.Text("commodity"), programme.Percent("cut", 100), programme.LocationOf("commodity")));
            programme.EnsureAllKeysRead();
        }

        table.EnsureAllKeysRead();
        return new DomesticSupportDraft(cuts, tiers.OrderBy(t => t.Status).ThenByDescending(t => t.AboveBillionUsd).ToArray()) { Commodities = commodities, DeMinimisCuts = deMinimisCuts };
    }

    private static ExportCompetitionDraft ReadExportCompetition(TomlTable? table)
    {
        if (table is null)
        {
            return ExportCompetitionDraft.None;
        }

        var cuts = new Dictionary<DevelopmentStatus, Rate>();
        var ends = new Dictionary<DevelopmentStatus, int>();
        foreach (var (key, status) in StatusKeys)
        {
            if (table.OptionalTable(key) is not { } group)
            {
                continue;
            }

            if (group.OptionalPercent("subsidy_cut", 100) is { } cut)
            {
                cuts[status] = cut;
            }

            if (group.OptionalInteger("end_year", 1995, 2100) is { } end)
            {
                ends[status] = end;
            }

            group.EnsureAllKeysRead();
        }

        table.EnsureAllKeysRead();
        return new ExportCompetitionDraft(cuts, ends);
    }

    private static ImplementationSettings ReadImplementation(TomlTable? table, int baseYear)
    {
        if (table is null)
        {
            return new ImplementationSettings(baseYear, new Dictionary<DevelopmentStatus, int>(), null);
        }

        var start = table.OptionalInteger("start_year", 1960, 2100) ?? baseYear;
        var years = new Dictionary<DevelopmentStatus, int>();
        if (table.OptionalTable("years") is { } yearsTable)
        {
            foreach (var (key, status) in StatusKeys)
            {
                if (yearsTable.OptionalInteger(key, 0, 30) is { } n)
                {
                    years[status] = n;
                }
            }

            yearsTable.EnsureAllKeysRead();
        }

        var evaluate = table.OptionalInteger("evaluate_year", 1960, 2100);
        if (evaluate < start)
        {
            throw table.ErrorAt("evaluate_year", Messages.Fill(Messages.Scenario_EvaluateBeforeStart, Messages.Number(start)), Messages.Text(Messages.Scenario_EvaluateBeforeStartFix));
        }

        table.EnsureAllKeysRead();
        return new ImplementationSettings(start, years, evaluate);
    }

    private static DecisionSettings ReadDecision(TomlTable? table) => DecisionReader.Read(table);
}
