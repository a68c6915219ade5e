using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
using Campo.Reports.Localization;
using Campo.Scenarios;
using Campo.Web.Drafts;

namespace Campo.Web.Runs;

/// <summary>A request to evaluate a draft, or to compare two, as the API and the page's form send it.</summary>
public sealed record RunRequest
{
    /// <summary>A shipped draft by name, such as cancun-2003 (GET /api/drafts lists them). Give either draft or scenario.</summary>
    /// <example>cancun-2003</example>
    public string? Draft { get; init; }

    /// <summary>A scenario file's TOML text (docs/scenarios.md). Give either draft or scenario.</summary>
    public string? Scenario { get; init; }

    /// <summary>The uploaded file's name, for messages; "upload.toml" when null.</summary>
    public string? FileName { get; init; }

    /// <summary>A second shipped draft to compare with, or null for a single draft.</summary>
    /// <example>harbinson-2003</example>
    public string? CompareWith { get; init; }

    /// <summary>The member to report in detail (ISO3 code such as MEX), or null.</summary>
    /// <example>MEX</example>
    public string? Member { get; init; }

    /// <summary>Monte Carlo draws for the 90% bands (0 for none), or null for the server's default.</summary>
    /// <example>200</example>
    public int? Draws { get; init; }

    /// <summary>The seed of the draws, or null for 2005.</summary>
    /// <example>2005</example>
    public ulong? Seed { get; init; }

    /// <summary>
    /// True to judge the negotiation's verdict in every draw as well (about as long again as the bands); otherwise a
    /// multilateral draft's verdict is judged at the central elasticities only. Null for false.
    /// </summary>
    /// <example>false</example>
    public bool? Verdict { get; init; }
}

/// <summary>A request checked and read: the scenarios parsed, the member known, the draws within bounds.</summary>
/// <param name="Scenarios">One draft, or two to compare.</param>
/// <param name="Member">The focus member, or null.</param>
/// <param name="Draws">Draws.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Verdict">True to judge the verdict in every draw as well.</param>
public sealed record ValidatedRun(IReadOnlyList<Scenario> Scenarios, MemberId? Member, int Draws, ulong Seed, bool Verdict = false);

/// <summary>Checks a request before anything runs: every problem becomes a <see cref="CampoException"/> naming the field.</summary>
public static class RunValidation
{
    /// <summary>Reads and checks a request.</summary>
    /// <exception cref="CampoException">A field is missing or wrong; the message says which and what is expected.</exception>
    public static ValidatedRun Validate(RunRequest request, ShippedDrafts drafts, Dataset dataset, CampoWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        var hasDraft = !string.IsNullOrWhiteSpace(request.Draft);
        var hasText = !string.IsNullOrWhiteSpace(request.Scenario);
        if (hasDraft == hasText)
        {
            throw new CampoException(
                Text[hasDraft ? nameof(Strings.WebError_DraftAndUpload) : nameof(Strings.WebError_NoDraft)],
                Text[nameof(Strings.WebError_DraftFix)],
                SourceLocation.OfField("draft"));
        }

        var scenarios = new List<Scenario> { hasDraft ? Shipped(request.Draft!, drafts, "draft") : Uploaded(request.Scenario!, request.FileName) };
        if (!string.IsNullOrWhiteSpace(request.CompareWith))
        {
            scenarios.Add(Shipped(request.CompareWith, drafts, "compareWith"));
        }

        foreach (var scenario in scenarios)
        {
            Check(scenario);
        }

        MemberId? member = null;
        if (!string.IsNullOrWhiteSpace(request.Member))
        {
            if (!MemberId.TryParse(request.Member.Trim().ToUpperInvariant(), out var id))
            {
                throw new CampoException(Text.Fill(nameof(Strings.WebError_NotMemberCode), request.Member), Text[nameof(Strings.WebError_NotMemberCodeFix)], SourceLocation.OfField("member"));
            }

            var found = dataset.FindMember(id);
            if (found is null && dataset.FindRegion(id) is null)
            {
                throw UnknownMember(id);
            }

            if (found is { Region: null })
            {
                throw new CampoException(Text.Fill(nameof(Strings.WebError_NoMarketData), id.Code), Text[nameof(Strings.WebError_NoMarketDataFix)], SourceLocation.OfField("member"));
            }

            member = id;
        }

        var draws = request.Draws ?? options.DefaultDraws;
        if (draws < 0 || draws > options.MaxDraws)
        {
            throw new CampoException(
                Text.Fill(nameof(Strings.WebError_Draws), draws.ToString(CultureInfo.InvariantCulture)),
                Text.Fill(nameof(Strings.WebError_DrawsFix), options.MaxDraws.ToString(CultureInfo.InvariantCulture)),
                SourceLocation.OfField("draws"));
        }

        return new ValidatedRun(scenarios, member, draws, request.Seed ?? Defaults.Seed, request.Verdict ?? false);
    }

    /// <summary>The request's language (the server sets the thread's UI culture to the reader's for each request).</summary>
    private static ReportText Text => ReportText.For(ReportLanguage.Find(CultureInfo.CurrentUICulture.Name) ?? ReportLanguage.English);

    /// <summary>A shipped draft's name that is not one, in the reader's language, naming the field it came in.</summary>
    public static CampoException NoSuchDraft(string name, ShippedDrafts drafts, string field)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return new CampoException(
            Text.Fill(nameof(Strings.WebError_NoSuchDraft), name),
            Text.Fill(nameof(Strings.WebError_NoSuchDraftFix), string.Join(", ", drafts.All.Select(d => d.Name))),
            SourceLocation.OfField(field));
    }

    /// <summary>A member code the dataset does not know, in the reader's language.</summary>
    public static CampoException UnknownMember(MemberId id) =>
        new(Text.Fill(nameof(Strings.WebError_UnknownMember), id.Code), Text[nameof(Strings.WebError_UnknownMemberFix)], SourceLocation.OfField("member"));

    private static Scenario Shipped(string name, ShippedDrafts drafts, string field)
    {
        var text = drafts.Text(name.Trim()) ?? throw NoSuchDraft(name, drafts, field);
        return ScenarioReader.Read(text, "scenarios/" + name.Trim() + ".toml");
    }

    private static Scenario Uploaded(string text, string? fileName)
    {
        // Only the file's name is kept, for messages: the server never opens a path a user gives.
        var shown = string.IsNullOrWhiteSpace(fileName) ? "upload.toml" : Path.GetFileName(fileName);
        return ScenarioReader.Read(text, shown);
    }

    private static void Check(Scenario scenario)
    {
        if (!string.Equals(scenario.Base.Dataset, "default", StringComparison.Ordinal))
        {
            throw new CampoException(
                Text.Fill(nameof(Strings.WebError_OtherDataset), scenario.Base.Dataset),
                Text[nameof(Strings.WebError_OtherDatasetFix)],
                new SourceLocation(scenario.File, Field: "base.dataset"));
        }
    }
}
