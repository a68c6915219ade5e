using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Campo.Cli.Resources;

namespace Campo.Cli.Tests.Localization;

/// <summary>
/// One word per concept per language (docs/glossary.md): every text of a language's resources uses the glossary's word
/// and none of the variants it lists to avoid.
/// </summary>
public sealed class GlossaryTests
{
    private static readonly string[] Languages = ["en", "es", "fr", "pt"];

    public static TheoryData<string> Translations() => ["es", "fr", "pt"];

    [Theory]
    [MemberData(nameof(Translations))]
    public void No_text_uses_a_variant_the_glossary_says_to_avoid(string language)
    {
        var texts = Texts(language);
        var found = Glossary()
            .SelectMany(row => row.Avoid.TryGetValue(language, out var variants) ? variants : [])
            .SelectMany(variant => texts.Where(t => WholeWord(variant).IsMatch(t.Value)).Select(t => $"{t.Key}: \"{variant}\""))
            .ToList();

        Assert.True(found.Count == 0, $"{language}: variants to avoid (docs/glossary.md): {string.Join("; ", found)}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_word_of_the_glossary_is_in_use(string language)
    {
        // A glossary word nobody uses is a glossary out of date with the resources.
        var texts = Texts(language);
        var unused = Glossary()
            .Select(row => row.Words[language])
            .Where(word => !texts.Any(t => WholeWord(word).IsMatch(t.Value)))
            .ToList();

        Assert.True(unused.Count == 0, $"{language}: glossary words not found in the resources: {string.Join(", ", unused)}");
    }

    private static Regex WholeWord(string phrase) =>
        new(@"(?<!\p{L})" + Regex.Escape(phrase) + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static List<KeyValuePair<string, string>> Texts(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var managers = new[]
        {
            CliStrings.ResourceManager,
            Campo.Reports.Localization.Strings.ResourceManager,
            new ResourceManager("Campo.Errors.Messages", typeof(Campo.Errors.CampoException).Assembly),
        };
        return managers
            .SelectMany(m => m.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<System.Collections.DictionaryEntry>())
            .Select(e => new KeyValuePair<string, string>((string)e.Key, e.Value as string ?? string.Empty))
            .ToList();
    }

    private static List<GlossaryRow> Glossary()
    {
        var path = Path.Combine(CliHarness.RepositoryRoot, "docs", "glossary.md");
        var rows = File.ReadLines(path)
            .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();
        var header = rows[0];
        Assert.Equal(["concept", .. Languages, "avoid"], header);
        return rows.Skip(1).Select(cells =>
        {
            Assert.True(cells.Length == header.Length, "docs/glossary.md: a row without " + header.Length + " cells: " + string.Join(" | ", cells));
            var words = Languages.Select((language, i) => (language, word: cells[i + 1])).ToDictionary(x => x.language, x => x.word);
            var avoid = cells[^1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => part.Split(':', 2, StringSplitOptions.TrimEntries))
                .ToDictionary(p => p[0], p => p[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return new GlossaryRow(cells[0], words, avoid);
        }).ToList();
    }

    private sealed record GlossaryRow(string Concept, Dictionary<string, string> Words, Dictionary<string, string[]> Avoid);
}
