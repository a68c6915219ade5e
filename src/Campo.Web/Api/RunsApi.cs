using System.Text;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Web.Drafts;
using Campo.Web.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Campo.Web.Api;

/// <summary>Links of a run.</summary>
/// <param name="Self">Its status.</param>
/// <param name="Page">Its web page.</param>
/// <param name="Result">Its results as JSON (as <c>campo run --json</c> or <c>campo compare --json</c> prints them).</param>
/// <param name="Report">Its HTML report.</param>
/// <param name="Csv">Every market as CSV.</param>
public sealed record RunLinks(string Self, string Page, string Result, string Report, string Csv);

/// <summary>A run's status.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="State">queued, running, done or failed.</param>
/// <param name="Progress">From 0 to 1.</param>
/// <param name="DraftsDone">Drafts evaluated so far.</param>
/// <param name="Drafts">Drafts in the run.</param>
/// <param name="ElapsedSeconds">Seconds since the run started.</param>
/// <param name="Waiting">Runs waiting in the queue now.</param>
/// <param name="Error">Why the run failed, or null.</param>
/// <param name="Links">Where to find it.</param>
public sealed record RunStatus(string Id, RunState State, double Progress, int DraftsDone, int Drafts, double ElapsedSeconds, int Waiting, string? Error, RunLinks Links)
{
    /// <summary>The status of a job now.</summary>
    public static RunStatus Of(RunJob job, RunQueue queue, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(clock);
        var s = job.Snapshot(clock.GetUtcNow());
        var self = "/api/runs/" + job.Id;
        return new RunStatus(job.Id, s.State, s.Progress, s.DraftsDone, s.Drafts, Math.Round(s.ElapsedSeconds, 2), queue.Waiting, s.Error, new RunLinks(self, "/runs/" + job.Id, self + "/result", self + "/report", self + "/results.csv"));
    }
}

/// <summary>The JSON API over the same library calls as <c>campo run</c> and <c>campo compare</c>.</summary>
public static class RunsApi
{
    /// <summary>Maps /api/drafts and /api/runs.</summary>
    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("Campo");
        api.MapGet("/drafts", ListDrafts).WithName("ListDrafts").WithSummary("The shipped drafts, chosen by name.");
        api.MapPost("/runs", StartRun).WithName("StartRun").WithSummary("Checks a request and queues a run of one draft, or of two to compare.");
        api.MapPost("/runs/upload", StartUploadedRun).WithName("StartUploadedRun").WithSummary("Queues a run of an uploaded scenario file (multipart form).").DisableAntiforgery();
        api.MapGet("/runs/{id}", GetRun).WithName("GetRun").WithSummary("A run's state and progress.");
        api.MapGet("/runs/{id}/result", GetResult).WithName("GetResult").WithSummary("A finished run's results, as campo run --json (one draft) or campo compare --json (two) prints them.");
        api.MapGet("/runs/{id}/report", GetReport).WithName("GetReport").WithSummary("A finished run's self-contained HTML report, in the language of ?lang= or the browser.");
        api.MapGet("/runs/{id}/results.csv", GetCsv).WithName("GetCsv").WithSummary("Every region and commodity of a finished run, as CSV.");
        return app;
    }

    /// <summary>GET /api/drafts.</summary>
    public static Ok<IReadOnlyList<DraftInfo>> ListDrafts(ShippedDrafts drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return TypedResults.Ok(drafts.All);
    }

    /// <summary>POST /api/runs.</summary>
    public static Results<Accepted<RunStatus>, ProblemHttpResult> StartRun(RunRequest request, HttpContext context, ShippedDrafts drafts, RunQueue queue, IOptions<CampoWebOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        if (request.Scenario is { } scenario && Encoding.UTF8.GetByteCount(scenario) > options.Value.MaxUploadBytes)
        {
            return Problems.TooLarge(text, Encoding.UTF8.GetByteCount(scenario), options.Value.MaxUploadBytes);
        }

        return Enqueue(request, text, drafts, queue, options.Value, clock);
    }

    /// <summary>POST /api/runs/upload: a multipart form with the file and the same fields as <see cref="RunRequest"/>.</summary>
    public static async Task<Results<Accepted<RunStatus>, ProblemHttpResult>> StartUploadedRun(
        IFormFile file,
        [FromForm] string? member,
        [FromForm] int? draws,
        [FromForm] string? compareWith,
        [FromForm] bool? verdict,
        HttpContext context,
        ShippedDrafts drafts,
        RunQueue queue,
        IOptions<CampoWebOptions> options,
        TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        if (file.Length > options.Value.MaxUploadBytes)
        {
            return Problems.TooLarge(text, file.Length, options.Value.MaxUploadBytes);
        }

        var toml = await ReadText(file, context.RequestAborted).ConfigureAwait(false);
        var request = new RunRequest { Scenario = toml, FileName = file.FileName, Member = member, Draws = draws, CompareWith = compareWith, Verdict = verdict };
        return Enqueue(request, text, drafts, queue, options.Value, clock);
    }

    /// <summary>GET /api/runs/{id}.</summary>
    public static Results<Ok<RunStatus>, ProblemHttpResult> GetRun(string id, HttpContext context, RunQueue queue, IOptions<CampoWebOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(options);
        return queue.Find(id) is { } job
            ? TypedResults.Ok(RunStatus.Of(job, queue, clock))
            : Problems.UnknownRun(RequestLanguage.Of(context), id, options.Value.KeepRuns);
    }

    /// <summary>GET /api/runs/{id}/result.</summary>
    public static Results<Ok<DraftEvaluation>, Ok<DraftComparison>, ProblemHttpResult> GetResult(string id, HttpContext context, RunQueue queue, IOptions<CampoWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        if (Finished(id, text, queue, options.Value) is { } problem)
        {
            return problem;
        }

        var job = queue.Find(id)!;
        return job.Comparison is { } comparison ? TypedResults.Ok(comparison) : TypedResults.Ok(job.Evaluation!);
    }

    /// <summary>GET /api/runs/{id}/report.</summary>
    public static Results<ContentHttpResult, ProblemHttpResult> GetReport(string id, bool? download, HttpContext context, RunQueue queue, IOptions<CampoWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        if (Finished(id, text, queue, options.Value) is { } problem)
        {
            return problem;
        }

        var job = queue.Find(id)!;
        var html = job.Comparison is { } comparison
            ? HtmlReports.RenderComparison(comparison, text.Language, RunQueue.Dataset, job.Run.Member)
            : HtmlReports.RenderDraft(job.Evaluation!, text.Language, RunQueue.Dataset, job.Run.Member);
        if (download == true)
        {
            context.Response.Headers.ContentDisposition = "attachment; filename=\"campo-" + id[..8] + "-" + text.Language.Code + ".html\"";
        }

        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>GET /api/runs/{id}/results.csv.</summary>
    public static Results<ContentHttpResult, ProblemHttpResult> GetCsv(string id, HttpContext context, RunQueue queue, IOptions<CampoWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        if (Finished(id, text, queue, options.Value) is { } problem)
        {
            return problem;
        }

        var job = queue.Find(id)!;
        var rows = job.Comparison is { } comparison
            ? [.. ResultsFile.Rows(comparison.First), .. ResultsFile.Rows(comparison.Second)]
            : ResultsFile.Rows(job.Evaluation!);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ResultsFile.WriteCsv(rows, writer);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"campo-" + id[..8] + ".csv\"";
        return TypedResults.Content(writer.ToString(), "text/csv; charset=utf-8");
    }

    /// <summary>Checks and queues a request; the page's form uses it too.</summary>
    internal static Results<Accepted<RunStatus>, ProblemHttpResult> Enqueue(RunRequest request, ReportText text, ShippedDrafts drafts, RunQueue queue, CampoWebOptions options, TimeProvider clock)
    {
        ValidatedRun run;
        try
        {
            run = RunValidation.Validate(request, drafts, RunQueue.Dataset, options);
        }
        catch (CampoException error)
        {
            return Problems.Invalid(text, error);
        }

        if (queue.TryEnqueue(run) is not { } job)
        {
            return Problems.Busy(text, queue.Waiting);
        }

        var status = RunStatus.Of(job, queue, clock);
        return TypedResults.Accepted(status.Links.Self, status);
    }

    /// <summary>Reads an uploaded file as UTF-8 text.</summary>
    internal static async Task<string> ReadText(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ProblemHttpResult? Finished(string id, ReportText text, RunQueue queue, CampoWebOptions options)
    {
        if (queue.Find(id) is not { } job)
        {
            return Problems.UnknownRun(text, id, options.KeepRuns);
        }

        return job.State switch
        {
            RunState.Done => null,
            RunState.Failed => Problems.Failed(text, job.Error?.Message ?? string.Empty),
            _ => Problems.NotFinished(text, job.State.ToString().ToLowerInvariant()),
        };
    }
}
