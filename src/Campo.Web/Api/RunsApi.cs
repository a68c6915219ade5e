using System.Globalization;
using System.Text;
using System.Text.Json;
using Campo.Errors;
using Campo.Evaluation;
using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Reports.Workbook;
using Campo.Web.Drafts;
using Campo.Web.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Campo.Web.Api;

/// <summary>Links of a run.</summary>
/// <param name="Self">Its status.</param>
/// <param name="Page">Its web page.</param>
/// <param name="Result">Its results as JSON (as <c>campo run --json</c> or <c>campo compare --json</c> prints them).</param>
/// <param name="Report">Its HTML report.</param>
/// <param name="Csv">Every market as CSV.</param>
/// <param name="Workbook">The analyst's workbook (.xlsx) of its results.</param>
public sealed record RunLinks(string Self, string Page, string Result, string Report, string Csv, string Workbook);

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
        return new RunStatus(job.Id, s.State, s.Progress, s.DraftsDone, s.Drafts, Math.Round(s.ElapsedSeconds, 2), queue.Waiting, s.Error, new RunLinks(self, "/runs/" + job.Id, self + "/result", self + "/report", self + "/results.csv", self + "/results.xlsx"));
    }
}

/// <summary>The multipart form of POST /api/runs/upload (for the API's description; the form is read field by field).</summary>
/// <param name="File">The scenario file (TOML, docs/scenarios.md), at most 256 KiB by default.</param>
/// <param name="Member">The member to report in detail, as an ISO3 code such as MEX (optional).</param>
/// <param name="Draws">Monte Carlo draws for the 90% bands, 0 for none (optional; the server's default otherwise).</param>
/// <param name="CompareWith">A shipped draft's name to compare with (optional).</param>
/// <param name="Verdict">true to judge the negotiation's verdict in every draw as well (optional).</param>
public sealed record UploadForm(IFormFile File, string? Member, int? Draws, string? CompareWith, bool? Verdict);

/// <summary>The JSON API over the same library calls as <c>campo run</c> and <c>campo compare</c>.</summary>
public static class RunsApi
{
    /// <summary>Maps /api/drafts and /api/runs.</summary>
    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("Campo");
        api.MapGet("/drafts", ListDrafts).WithName("ListDrafts")
            .WithSummary("List the shipped drafts")
            .WithDescription("The drafts that travel with Campo (Uruguay Round, Harbinson, Cancún, July 2004 framework, Rev.4 2008, NAFTA), each with its name, title, kind and source. Start a run of one by its name.");
        api.MapPost("/runs", StartRun).WithName("StartRun")
            .WithSummary("Start a run of a draft, or of two to compare")
            .WithDescription("Checks the request and queues the run; answers 202 with the run's status and links at once. Poll the status link until state is done or failed. A full queue answers 503 with Retry-After (seconds). Every refusal is a ProblemDetails naming the field, in the language of ?lang=, the lang cookie or Accept-Language. Example body: {\"draft\": \"cancun-2003\", \"member\": \"MEX\", \"draws\": 200}.")
            .Accepts<RunRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/runs/upload", StartUploadedRun).WithName("StartUploadedRun")
            .WithSummary("Start a run of an uploaded scenario file")
            .WithDescription("A multipart form with the scenario file (TOML, docs/scenarios.md) in the field file and, optionally, member, draws, compareWith and verdict as in StartRun. Answers as StartRun; a form without its file, or a file above the size limit, is refused with the field named.")
            .Accepts<UploadForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();
        api.MapGet("/runs/{id}", GetRun).WithName("GetRun")
            .WithSummary("Read a run's state and progress")
            .WithDescription("queued, running, done or failed, with the progress from 0 to 1, the runs waiting, and the links to the results. 404 for an id never given; 410 for a run that finished and was removed to keep the server's memory bounded.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        api.MapGet("/runs/{id}/result", GetResult).WithName("GetResult")
            .WithSummary("Download a finished run's results as JSON")
            .WithDescription("The same JSON as campo run --json (one draft) or campo compare --json (two). 409 while the run is queued or running; 422 with the message when it failed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/runs/{id}/report", GetReport).WithName("GetReport")
            .WithSummary("Download a finished run's HTML report")
            .WithDescription("A self-contained HTML report (brief, charts, tables, assumptions), in the language of ?lang= or the browser; ?download=true to save it as a file.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        api.MapGet("/runs/{id}/results.csv", GetCsv).WithName("GetCsv")
            .WithSummary("Download a finished run's markets as CSV")
            .WithDescription("One row per region and commodity (the columns of campo run --out FILE.csv), invariant numbers.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        api.MapGet("/runs/{id}/results.xlsx", GetWorkbook).WithName("GetWorkbook")
            .WithSummary("Download a finished run's analyst workbook (Excel)")
            .WithDescription("The workbook of campo run --out FILE.xlsx: a summary, one sheet per table of the JSON result (groups, members, markets, tariffs, assumptions...), notes and units; sheet names in the language of ?lang= or the browser.")
            .Produces(StatusCodes.Status200OK, contentType: AnalystWorkbookFile.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    /// <summary>List the shipped drafts.</summary>
    public static Ok<IReadOnlyList<DraftInfo>> ListDrafts(ShippedDrafts drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return TypedResults.Ok(drafts.All);
    }

    /// <summary>An example request, shown in messages about a malformed body.</summary>
    internal const string ExampleBody = "{\"draft\": \"cancun-2003\", \"member\": \"MEX\", \"draws\": 200}";

    /// <summary>Start a run of a draft, or of two to compare.</summary>
    // The body is read here, not bound, so that a malformed one is refused naming its field.
    public static async Task<Results<Accepted<RunStatus>, ProblemHttpResult>> StartRun(HttpContext context, ShippedDrafts drafts, RunQueue queue, IOptions<CampoWebOptions> options, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(json);
        var text = RequestLanguage.Of(context);
        if (!context.Request.HasJsonContentType())
        {
            return Problems.WrongMediaType(text, text.Fill(nameof(Strings.Api_NotJson), ExampleBody));
        }

        RunRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<RunRequest>(context.Request.Body, json.Value.SerializerOptions, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            return Problems.Malformed(text, MalformedMessage(text, error, options.Value), FieldOf(error.Path));
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLargeUnknown(text, options.Value.MaxUploadBytes);
        }

        if (request is null)
        {
            return Problems.Malformed(text, text.Fill(nameof(Strings.Api_MalformedJson), 1, 1, ExampleBody), null);
        }

        if (request.Scenario is { } scenario && Encoding.UTF8.GetByteCount(scenario) > options.Value.MaxUploadBytes)
        {
            return Problems.TooLarge(text, Encoding.UTF8.GetByteCount(scenario), options.Value.MaxUploadBytes);
        }

        return Enqueue(request, text, context, drafts, queue, options.Value, clock);
    }

    /// <summary>Start a run of an uploaded scenario file.</summary>
    // The multipart form is read here, field by field, so that every problem names its field.
    public static async Task<Results<Accepted<RunStatus>, ProblemHttpResult>> StartUploadedRun(
        HttpContext context,
        ShippedDrafts drafts,
        RunQueue queue,
        IOptions<CampoWebOptions> options,
        TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        var limits = options.Value;
        if (!context.Request.HasFormContentType)
        {
            return Problems.WrongMediaType(text, text[nameof(Strings.Api_NotForm)]);
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            // The multipart reader's own limit: the body is larger than a file the server accepts.
            return Problems.TooLargeUnknown(text, limits.MaxUploadBytes);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLargeUnknown(text, limits.MaxUploadBytes);
        }
        catch (Exception error) when (error is BadHttpRequestException or IOException)
        {
            return Problems.Malformed(text, text[nameof(Strings.Api_NotForm)], "file");
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.Malformed(text, text[nameof(Strings.Api_MissingFile)], "file");
        }

        if (file.Length > limits.MaxUploadBytes)
        {
            return Problems.TooLarge(text, file.Length, limits.MaxUploadBytes);
        }

        int? draws = null;
        if (Blank(form["draws"]) is { } drawsText)
        {
            if (!int.TryParse(drawsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d))
            {
                return Problems.Malformed(text, text.Fill(nameof(Strings.Api_MalformedField), "draws", 1, 1, text.Fill(nameof(Strings.Api_ExpectWholeNumber), 0, limits.MaxDraws)), "draws");
            }

            draws = d;
        }

        bool? verdict = null;
        if (Blank(form["verdict"]) is { } verdictText)
        {
            if (!bool.TryParse(verdictText, out var v))
            {
                return Problems.Malformed(text, text.Fill(nameof(Strings.Api_MalformedField), "verdict", 1, 1, text[nameof(Strings.Api_ExpectTrueFalse)]), "verdict");
            }

            verdict = v;
        }

        var toml = await ReadText(file, context.RequestAborted).ConfigureAwait(false);
        var request = new RunRequest { Scenario = toml, FileName = file.FileName, Member = Blank(form["member"]), Draws = draws, CompareWith = Blank(form["compareWith"]), Verdict = verdict };
        return Enqueue(request, text, context, drafts, queue, limits, clock);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The field a JSON error is about: "$.draws" gives "draws"; null for the body as a whole.</summary>
    internal static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? null : field;
    }

    private static string MalformedMessage(ReportText text, JsonException error, CampoWebOptions options)
    {
        var line = (error.LineNumber ?? 0) + 1;
        var column = (error.BytePositionInLine ?? 0) + 1;
        var field = FieldOf(error.Path);
        var expected = field switch
        {
            null => null,
            _ when field.Equals("draws", StringComparison.OrdinalIgnoreCase) => text.Fill(nameof(Strings.Api_ExpectWholeNumber), 0, options.MaxDraws),
            _ when field.Equals("seed", StringComparison.OrdinalIgnoreCase) => text.Fill(nameof(Strings.Api_ExpectWholeNumber), 0, ulong.MaxValue),
            _ when field.Equals("verdict", StringComparison.OrdinalIgnoreCase) => text[nameof(Strings.Api_ExpectTrueFalse)],
            _ => text[nameof(Strings.Api_ExpectText)],
        };
        return expected is null
            ? text.Fill(nameof(Strings.Api_MalformedJson), line, column, ExampleBody)
            : text.Fill(nameof(Strings.Api_MalformedField), field, line, column, expected);
    }

    /// <summary>Read a run's state and progress.</summary>
    public static Results<Ok<RunStatus>, ProblemHttpResult> GetRun(string id, HttpContext context, RunQueue queue, IOptions<CampoWebOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(options);
        if (queue.Find(id) is { } job)
        {
            return TypedResults.Ok(RunStatus.Of(job, queue, clock));
        }

        var text = RequestLanguage.Of(context);
        return queue.WasForgotten(id) ? Problems.Forgotten(text, id, options.Value) : Problems.UnknownRun(text, id, options.Value.KeepRuns);
    }

    /// <summary>Download a finished run's results as JSON.</summary>
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

    /// <summary>Download a finished run's HTML report.</summary>
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

    /// <summary>Download a finished run's markets as CSV.</summary>
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

    /// <summary>Download a finished run's analyst workbook.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> GetWorkbook(string id, HttpContext context, RunQueue queue, IOptions<CampoWebOptions> options)
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
        var json = job.Comparison is { } comparison ? CampoJson.Serialize(comparison) : CampoJson.Serialize(job.Evaluation!);
        using var stream = new MemoryStream();
        AnalystWorkbook.Write(json, text.Language, stream);
        return TypedResults.File(stream.ToArray(), AnalystWorkbookFile.MediaType, "campo-" + id[..8] + ".xlsx");
    }

    /// <summary>Checks and queues a request.</summary>
    internal static Results<Accepted<RunStatus>, ProblemHttpResult> Enqueue(RunRequest request, ReportText text, HttpContext context, ShippedDrafts drafts, RunQueue queue, CampoWebOptions options, TimeProvider clock)
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

        if (queue.TryEnqueue(run, text.Language) is not { } job)
        {
            return Problems.Busy(text, context, queue.Waiting, queue.RetryAfterSeconds);
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
            return queue.WasForgotten(id) ? Problems.Forgotten(text, id, options) : Problems.UnknownRun(text, id, options.KeepRuns);
        }

        return job.State switch
        {
            RunState.Done => null,
            RunState.Failed => Problems.Failed(text, job.Error?.Message ?? string.Empty),
            _ => Problems.NotFinished(text, job.State.ToString().ToLowerInvariant()),
        };
    }
}
