namespace Campo.Data;

/// <summary>The files of a dataset folder (data/default/ or a user's folder in the same format), documented in data/SOURCES.md.</summary>
public static class DatasetFiles
{
    /// <summary>WTO members: codes, names, accession, region relation.</summary>
    public const string Members = "members.csv";

    /// <summary>Dated LDC and EU-membership periods of members, with sources.</summary>
    public const string MemberPeriods = "member_periods.csv";

    /// <summary>Market regions and the countries they cover.</summary>
    public const string Regions = "regions.csv";

    /// <summary>Coalitions with their vintage and source.</summary>
    public const string Coalitions = "coalitions.csv";

    /// <summary>Coalition members as listed by each source.</summary>
    public const string CoalitionMembers = "coalition_members.csv";

    /// <summary>Commodities, their FAOSTAT items, HS headings and 2005 world prices.</summary>
    public const string Commodities = "commodities.csv";

    /// <summary>The 2005 base by region and commodity.</summary>
    public const string Base = "base_2005.csv";

    /// <summary>Cross-price food demand elasticities.</summary>
    public const string CrossElasticities = "food_cross_elasticities.csv";

    /// <summary>Cited tariff facts by member and commodity.</summary>
    public const string TariffFacts = "tariff_facts.csv";

    /// <summary>Cited bound and applied averages of members' agricultural tariffs (World Tariff Profiles, FAO case studies).</summary>
    public const string BoundAverages = "bound_averages.csv";

    /// <summary>FAOSTAT balances 1973-2009.</summary>
    public const string Faostat = "faostat_balances.csv";

    /// <summary>World Bank annual commodity prices.</summary>
    public const string Prices = "wb_prices.csv";

    /// <summary>USDA ERS US corn costs and returns 1996-2016.</summary>
    public const string CornCosts = "ers_corn_costs.csv";

    /// <summary>FAO GDP deflators in US dollars (2015 = 100) of the NAFTA parties.</summary>
    public const string Deflators = "gdp_deflators.csv";

    /// <summary>Assumptions stated as data.</summary>
    public const string Assumptions = "assumptions.csv";

    /// <summary>Every file, in the order the loader reads them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Assumptions, Regions, Members, MemberPeriods, Coalitions, CoalitionMembers, Commodities, Base, CrossElasticities,
        TariffFacts, BoundAverages, Faostat, Prices, CornCosts, SupportTables.NotifiedFile, SupportTables.ProgrammesFile,
        SupportTables.ExportSubsidiesFile, Deflators,
    ];
}
