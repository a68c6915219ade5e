using System.Globalization;
using System.Resources;
using Campo.Data;
using Campo.Domain;

namespace Campo.Reports.Localization;

/// <summary>
/// The user-facing text of reports, web pages and API errors in one language, read from the resources
/// <c>Strings.resx</c> (English) and <c>Strings.es/fr/pt.resx</c>. Keys are checked when compiling: pass
/// <c>nameof(Strings.Key)</c>, where <see cref="Strings"/> is generated from the English file. Thread-safe: each
/// instance holds its own culture, so one server answers in several languages at once.
/// </summary>
public sealed class ReportText
{
    private static readonly Dictionary<string, ReportText> Cache = ReportLanguage.All.ToDictionary(l => l.Code, l => new ReportText(l), StringComparer.Ordinal);

    private ReportText(ReportLanguage language)
    {
        Language = language;
        Format = new ReportFormat(language.Culture);
    }

    /// <summary>The resources behind every language.</summary>
    public static ResourceManager Resources => Strings.ResourceManager;

    /// <summary>The language.</summary>
    public ReportLanguage Language { get; }

    /// <summary>Number, money and date formats of the language's culture.</summary>
    public ReportFormat Format { get; }

    /// <summary>The culture.</summary>
    public CultureInfo Culture => Language.Culture;

    /// <summary>A string by key.</summary>
    /// <param name="key">A key of Strings.resx, given as <c>nameof(Strings.Key)</c>.</param>
    /// <exception cref="KeyNotFoundException">No such key (a defect: keys are checked by a test).</exception>
    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException("No resource string '" + key + "'.");

    /// <summary>The text for a language.</summary>
    public static ReportText For(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Cache[language.Code];
    }

    /// <summary>A string with its placeholders filled, formatting numbers for the culture.</summary>
    /// <param name="key">A key whose value has placeholders {0}, {1}, ...</param>
    /// <param name="arguments">The values.</param>
    public string Fill(string key, params object?[] arguments) => string.Format(Culture, this[key], arguments);

    /// <summary>A string by key, or null when the key does not exist (optional names: commodities, regions, groups).</summary>
    public string? Find(string key) => Resources.GetString(key, Culture);

    /// <summary>A commodity's name in the language (capitalised), or the dataset's English name.</summary>
    /// <param name="commodity">The commodity.</param>
    /// <param name="fallback">The name to use when the resources have none.</param>
    public string Commodity(CommodityId commodity, string fallback) => CommodityNames.Find(commodity, Culture) ?? fallback;

    /// <summary>A commodity's name inside a sentence: the first letter in lower case (maize, maïs, milho).</summary>
    public string CommodityInSentence(CommodityId commodity, string fallback)
    {
        var name = Commodity(commodity, fallback);
        return name.Length > 0 && char.IsUpper(name[0]) && (name.Length == 1 || !char.IsUpper(name[1]))
            ? char.ToLower(name[0], Culture) + name[1..]
            : name;
    }

    /// <summary>
    /// A market region's name in the language: a WTO member's own name (from the dataset's names in four
    /// languages), a translated IMPACT aggregate ("Other Caribbean"), or the dataset's English name.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="fallback">The English name.</param>
    /// <param name="dataset">The dataset with member names, or null.</param>
    public string Region(MemberId region, string fallback, Dataset? dataset)
    {
        if (Find("Region_" + region.Code) is { } aggregate)
        {
            return aggregate;
        }

        return dataset?.FindMember(region) is { } member ? member.NameIn(Language.Code) : fallback;
    }

    /// <summary>A group's name: a development-status group, a coalition, or the code itself.</summary>
    /// <param name="group">The group as the evaluation names it ("developed", "G20", "net food importers").</param>
    public string Group(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var key = "Group_" + new string([.. group.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
        return Find(key) ?? group;
    }

    /// <summary>A development status in words; a region with no WTO member on the date when null.</summary>
    public string Status(DevelopmentStatus? status) => status switch
    {
        DevelopmentStatus.Developed => this[nameof(Strings.Status_Developed)],
        DevelopmentStatus.Developing => this[nameof(Strings.Status_Developing)],
        DevelopmentStatus.LeastDeveloped => this[nameof(Strings.Status_LeastDeveloped)],
        _ => this[nameof(Strings.Status_NonMember)],
    };
}
