using System.Globalization;
using Campo.Data;
using Campo.Domain;
using Campo.Errors;
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
                hasDraft ? "both a shipped draft and an uploaded scenario were given" : "no draft was chosen and no scenario file was uploaded",
                "choose one shipped draft or upload one scenario file",
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
                throw new CampoException("\"" + request.Member + "\" is not a member code", "give three letters such as MEX", SourceLocation.OfField("member"));
            }

            var found = dataset.FindMember(id);
            if (found is null && dataset.FindRegion(id) is null)
            {
                throw new CampoException("unknown member \"" + id.Code + "\"", "give the ISO3 code of a WTO member such as MEX, IND or USA", SourceLocation.OfField("member"));
            }

            if (found is { Region: null })
            {
                throw new CampoException("the member " + id.Code + " has no market data in the dataset", "choose a member with its own figures", SourceLocation.OfField("member"));
            }

            member = id;
        }

        var draws = request.Draws ?? options.DefaultDraws;
        if (draws < 0 || draws > options.MaxDraws)
        {
            throw new CampoException(
                "draws = " + draws.ToString(CultureInfo.InvariantCulture) + " is out of range",
                "give 0 to " + options.MaxDraws.ToString(CultureInfo.InvariantCulture) + " draws",
                SourceLocation.OfField("draws"));
        }

        return new ValidatedRun(scenarios, member, draws, request.Seed ?? 2005, request.Verdict ?? false);
    }

    private static Scenario Shipped(string name, ShippedDrafts drafts, string field)
    {
        var text = drafts.Text(name.Trim()) ?? throw new CampoException(
            "no shipped draft is called \"" + name + "\"",
            "choose one of " + string.Join(", ", drafts.All.Select(d => d.Name)),
            SourceLocation.OfField(field));
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
                "the scenario names the dataset \"" + scenario.Base.Dataset + "\"",
                "the web page evaluates drafts on the default dataset only: write dataset = \"default\" or leave it out",
                new SourceLocation(scenario.File, Field: "base.dataset"));
        }
    }
}
