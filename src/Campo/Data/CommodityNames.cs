using System.Globalization;
using System.Resources;
using Campo.Domain;

namespace Campo.Data;

/// <summary>
/// The commodities' names in English, Spanish, French and Portuguese, read from Data/CommodityNames.resx and its
/// translations. The dataset resolves a commodity typed in any of the four languages by them (<see cref="Dataset"/>);
/// reports and pages show them. They sit with the data, below the reports, so that the data need nothing above them.
/// </summary>
public static class CommodityNames
{
    /// <summary>The resources of every language (satellite assemblies es, fr, pt; English in the main assembly).</summary>
    public static ResourceManager Resources { get; } = new("Campo.Data.CommodityNames", typeof(CommodityNames).Assembly);

    /// <summary>
    /// The cultures of the languages Campo speaks, English first: the same as the reports' languages
    /// (<c>Campo.Reports.Localization.ReportLanguage.All</c>; a test checks that both agree).
    /// </summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } =
        [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("es"), CultureInfo.GetCultureInfo("fr"), CultureInfo.GetCultureInfo("pt-BR")];

    /// <summary>The resource key of a commodity's name.</summary>
    /// <param name="commodity">The commodity.</param>
    public static string Key(CommodityId commodity) => "Commodity_" + commodity.Code;

    /// <summary>A commodity's name in a culture (capitalised), or null when the resources have none.</summary>
    /// <param name="commodity">The commodity.</param>
    /// <param name="culture">The culture (a language without its own name falls back to English).</param>
    public static string? Find(CommodityId commodity, CultureInfo culture) => Resources.GetString(Key(commodity), culture);
}
