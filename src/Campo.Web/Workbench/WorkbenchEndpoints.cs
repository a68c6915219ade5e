using Campo.Errors;
using Campo.Web.Api;
using Campo.Web.Drafts;
using Campo.Web.Pages;
using Campo.Web.Runs;

namespace Campo.Web.Workbench;

/// <summary>The workbench's addresses: the page (and its results part) and the edited draft as a file.</summary>
public static class WorkbenchEndpoints
{
    /// <summary>Maps /workbench, /workbench/draft.toml and the nearest passable draft's /workbench/search.</summary>
    public static IEndpointRouteBuilder MapWorkbench(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/workbench", Page).ExcludeFromDescription();
        app.MapGet("/workbench/draft.toml", Download).ExcludeFromDescription();
        app.MapGet("/workbench/search", StartSearch).ExcludeFromDescription();
        app.MapGet("/workbench/search/{id}", ShowSearch).ExcludeFromDescription();
        return app;
    }

    /// <summary>GET /workbench: the page; with <c>partial=1</c>, only its results (what a change replaces in place).</summary>
    public static IResult Page(HttpContext context, ShippedDrafts drafts, WorkbenchSearches searches)
    {
        ArgumentNullException.ThrowIfNull(searches);
        ArgumentNullException.ThrowIfNull(context);
        var text = RequestLanguage.Of(context);
        var query = WorkbenchQuery.Parse(context.Request.Query);
        WorkbenchState state;
        try
        {
            state = WorkbenchModel.Build(query, drafts, RunQueue.Dataset, context.RequestAborted);
        }
        catch (CampoException problem)
        {
            return TypedResults.Content(PageRenderer.Index(text, drafts, RunQueue.Dataset, new FormValues(null, null, null, 0), problem.Message), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var status = state.HasErrors ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        var html = string.Equals(context.Request.Query["partial"], "1", StringComparison.Ordinal)
            ? WorkbenchPage.Results(text, state, RunQueue.Dataset, searches.Of(state))
            : WorkbenchPage.Render(text, state, drafts, RunQueue.Dataset, searches.Of(state));
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>GET /workbench/draft.toml: the draft as edited, as a scenario file that <c>campo run</c> reads.</summary>
    public static IResult Download(HttpContext context, ShippedDrafts drafts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = WorkbenchQuery.Parse(context.Request.Query);
        try
        {
            var state = WorkbenchModel.Build(query, drafts, RunQueue.Dataset, context.RequestAborted);
            if (state.HasErrors)
            {
                var text = RequestLanguage.Of(context);
                if (state.Knobs.FirstOrDefault(k => k.Refusal is not null) is { } refused)
                {
                    return Problems.Malformed(text, refused.Parameter.Path + ": " + WorkbenchPage.Refusal(text, refused), WorkbenchQuery.KnobPrefix + refused.Parameter.Path);
                }

                var choice = state.Choices.First(c => c.Refusal is not null);
                return Problems.Malformed(text, choice.Choice.Path + ": " + WorkbenchPage.ChoiceRefusal(text, choice), WorkbenchQuery.KnobPrefix + choice.Choice.Path);
            }

            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(state.ScenarioText), "application/toml", query.Draft + "-edited.toml");
        }
        catch (CampoException problem)
        {
            return Problems.Invalid(RequestLanguage.Of(context), problem);
        }
    }

    /// <summary>
    /// GET /workbench/search: starts the search for the passable draft nearest the draft as edited (or finds the one
    /// started for it) and sends the reader to its page; with <c>partial=1</c>, answers its progress part at once (the
    /// workbench shows it in place). A refused knob is answered with the workbench page and its refusal (422).
    /// </summary>
    public static IResult StartSearch(HttpContext context, ShippedDrafts drafts, WorkbenchSearches searches)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(searches);
        var text = RequestLanguage.Of(context);
        var query = WorkbenchQuery.Parse(context.Request.Query);
        try
        {
            var state = WorkbenchModel.Build(query, drafts, RunQueue.Dataset, context.RequestAborted);
            if (state.HasErrors)
            {
                return TypedResults.Content(WorkbenchPage.Render(text, state, drafts, RunQueue.Dataset), "text/html; charset=utf-8", statusCode: StatusCodes.Status422UnprocessableEntity);
            }

            var search = searches.Start(state);
            return string.Equals(context.Request.Query["partial"], "1", StringComparison.Ordinal)
                ? TypedResults.Content(WorkbenchSearchPage.Fragment(text, search), "text/html; charset=utf-8")
                : TypedResults.Redirect(WorkbenchSearchPage.Address(search, text.Language.Code));
        }
        catch (CampoException problem)
        {
            return TypedResults.Content(PageRenderer.Index(text, drafts, RunQueue.Dataset, new FormValues(null, null, null, 0), problem.Message), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>GET /workbench/search/{id}: a search's page (progress, then the answer); with <c>partial=1</c>, its part alone.</summary>
    public static IResult ShowSearch(HttpContext context, string id, ShippedDrafts drafts, WorkbenchSearches searches)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(searches);
        var text = RequestLanguage.Of(context);
        if (searches.Find(id) is not { } search)
        {
            return TypedResults.Content(PageRenderer.Index(text, drafts, RunQueue.Dataset, new FormValues(null, null, null, 0), text[nameof(Campo.Reports.Localization.Strings.Workbench_SearchUnknown)]), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        return string.Equals(context.Request.Query["partial"], "1", StringComparison.Ordinal)
            ? TypedResults.Content(WorkbenchSearchPage.Fragment(text, search), "text/html; charset=utf-8")
            : TypedResults.Content(WorkbenchSearchPage.Render(text, search), "text/html; charset=utf-8");
    }
}
