using System.Globalization;
using Campo.Cli.Resources;
using Campo.Domain;
using Campo.Reports.Localization;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// The command line's text in the language it speaks (<see cref="CliLanguage.Current"/>): its own strings from
/// <c>Resources/Cli.resx</c> and its translations, named as <c>CliStrings.Key</c>, and the glossary it shares with the
/// reports and the web page (<see cref="ReportText"/>: statuses, groups, commodities, regions).
/// </summary>
internal static class CliText
{
    /// <summary>The language.</summary>
    public static ReportLanguage Language => CliLanguage.Current;

    /// <summary>The culture numbers and dates are formatted in for people (never for JSON, CSV or Parquet).</summary>
    public static CultureInfo Culture => Language.Culture;

    /// <summary>The reports' text in the same language: the shared glossary.</summary>
    public static ReportText Report => ReportText.For(Language);

    /// <summary>A string by key.</summary>
    /// <param name="key">A key of Cli.resx, given as <c>CliStrings.Key</c>.</param>
    /// <exception cref="KeyNotFoundException">No such key (a defect: keys are checked by a test).</exception>
    public static string Text(string key) => TextIn(Language, key);

    /// <summary>A string by key in a given language (English for text that goes into JSON).</summary>
    /// <param name="language">The language.</param>
    /// <param name="key">A key of Cli.resx, given as <c>CliStrings.Key</c>.</param>
    /// <exception cref="KeyNotFoundException">No such key (a defect: keys are checked by a test).</exception>
    public static string TextIn(ReportLanguage language, string key)
    {
        ArgumentNullException.ThrowIfNull(language);
        return CliStrings.ResourceManager.GetString(key, language.Culture) ?? throw new KeyNotFoundException("No resource string '" + key + "'.");
    }

    /// <summary>A string with its placeholders filled, in a given language and its culture.</summary>
    public static string FillIn(ReportLanguage language, string key, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(language);
        return string.Format(language.Culture, TextIn(language, key), arguments);
    }

    /// <summary>A string with its placeholders filled; numbers in the placeholders are formatted for the culture.</summary>
    /// <param name="key">A key whose value has placeholders {0}, {1}, ...</param>
    /// <param name="arguments">The values.</param>
    public static string Fill(string key, params object?[] arguments) => string.Format(Culture, Text(key), arguments);

    /// <summary>A commodity's name in the language, or the evaluation's English name.</summary>
    public static string Commodity(CommodityId commodity, string fallback) => Report.Commodity(commodity, fallback);

    /// <summary>A commodity's name inside a sentence, in the language: lower case where the language writes it so.</summary>
    public static string CommodityInSentence(CommodityId commodity, string fallback) => Report.CommodityInSentence(commodity, fallback);

    /// <summary>A market region's or member's name in the language, or the evaluation's English name.</summary>
    /// <param name="region">The region or member.</param>
    /// <param name="fallback">The English name.</param>
    /// <param name="dataset">The dataset with the members' names in four languages, or null.</param>
    public static string Region(MemberId region, string fallback, Data.Dataset? dataset) => Report.Region(region, fallback, dataset);

    /// <summary>A group's name: a development status group, a coalition, net food importers.</summary>
    public static string Group(string group) => Report.Group(group);
}
