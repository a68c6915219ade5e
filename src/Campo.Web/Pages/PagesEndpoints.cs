using Campo.Errors;
using Campo.Reports.Localization;
using Campo.Web.Api;
using Campo.Web.Drafts;
using Campo.Web.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Campo.Web.Pages;

/// <summary>The pages people use: the form, a run's progress and results. Not part of the JSON API's description.</summary>
public static class PagesEndpoints
{
    /// <summary>Maps /, /run and /runs/{id}.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", Index).ExcludeFromDescription();
        app.MapPost("/run", Submit).ExcludeFromDescription().DisableAntiforgery();
        app.MapGet("/runs/{id}", RunPage).ExcludeFromDescription();
        return app;
    }

    /// <summary>GET /: the form.</summary>
    public static ContentHttpResult Index(HttpContext context, ShippedDrafts drafts, IOptions<CampoWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        return Page(PageRenderer.Index(text, drafts, RunQueue.Dataset, new FormValues(null, null, null, options.Value.DefaultDraws), null), StatusCodes.Status200OK);
    }

    /// <summary>POST /run: the form's submission; a redirect to the run's page, or the form again with the problem in plain words.</summary>
    public static async Task<IResult> Submit(HttpContext context, ShippedDrafts drafts, RunQueue queue, IOptions<CampoWebOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var text = RequestLanguage.Of(context);
        var limits = options.Value;
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is InvalidDataException or BadHttpRequestException)
        {
            var size = context.Request.ContentLength ?? -1;
            return Page(PageRenderer.Index(text, drafts, RunQueue.Dataset, new FormValues(null, null, null, limits.DefaultDraws), Problems.TooLargeMessage(text, size, limits.MaxUploadBytes)), StatusCodes.Status413PayloadTooLarge);
        }

        var draws = int.TryParse(form["draws"], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : limits.DefaultDraws;
        var values = new FormValues(Blank(form["draft"]), Blank(form["member"]), Blank(form["compareWith"]), draws, string.Equals(form["verdict"], "true", StringComparison.OrdinalIgnoreCase));
        var file = form.Files.GetFile("file");
        string? error = null;
        RunRequest? request = null;
        if (file is { Length: > 0 })
        {
            if (file.Length > limits.MaxUploadBytes)
            {
                error = Problems.TooLargeMessage(text, file.Length, limits.MaxUploadBytes);
            }
            else
            {
                request = new RunRequest { Scenario = await RunsApi.ReadText(file, context.RequestAborted).ConfigureAwait(false), FileName = file.FileName, Member = values.Member, Draws = draws, CompareWith = values.CompareWith, Verdict = values.Verdict };
            }
        }
        else if (Blank(form["scenario"]) is { } scenario)
        {
            // A draft edited on the workbench, sent as text with its bands asked for.
            request = new RunRequest { Scenario = scenario, FileName = Blank(form["fileName"]), Member = values.Member, Draws = draws, Verdict = values.Verdict };
        }
        else
        {
            request = new RunRequest { Draft = values.Draft, Member = values.Member, Draws = draws, CompareWith = values.CompareWith, Verdict = values.Verdict };
        }

        if (request is not null)
        {
            try
            {
                var run = RunValidation.Validate(request, drafts, RunQueue.Dataset, limits);
                if (queue.TryEnqueue(run, text.Language) is { } job)
                {
                    return TypedResults.Redirect("/runs/" + job.Id + "?lang=" + text.Language.Code);
                }

                context.Response.Headers.RetryAfter = queue.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                error = text.Fill(nameof(Strings.Api_BusyDetail), queue.Waiting, queue.RetryAfterSeconds);
            }
            catch (CampoException problem)
            {
                error = problem.Message;
            }
        }

        return Page(PageRenderer.Index(text, drafts, RunQueue.Dataset, values, error), StatusCodes.Status400BadRequest);
    }

    /// <summary>GET /runs/{id}: progress, results or the error.</summary>
    public static ContentHttpResult RunPage(string id, HttpContext context, RunQueue queue, ShippedDrafts drafts, IOptions<CampoWebOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var text = RequestLanguage.Of(context);
        if (queue.Find(id) is not { } job)
        {
            var message = queue.WasForgotten(id)
                ? text.Fill(nameof(Strings.Api_EvictedDetail), id, options.Value.KeepRuns, options.Value.KeepBytes / (1024 * 1024))
                : text.Fill(nameof(Strings.Api_UnknownRunDetail), id, options.Value.KeepRuns);
            return Page(PageRenderer.Index(text, drafts, RunQueue.Dataset, new FormValues(null, null, null, options.Value.DefaultDraws), message), queue.WasForgotten(id) ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound);
        }

        return Page(PageRenderer.Run(text, job, job.Snapshot(clock.GetUtcNow())), StatusCodes.Status200OK);
    }

    private static ContentHttpResult Page(string html, int status) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
