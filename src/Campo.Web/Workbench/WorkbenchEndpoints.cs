using Campo.Errors;
using Campo.Web.Api;
using Campo.Web.Drafts;
using Campo.Web.Pages;
using Campo.Web.Runs;

namespace Campo.Web.Workbench;

/// <summary>The workbench's addresses: the page (and its results part) and the edited draft as a file.</summary>
public static class WorkbenchEndpoints
{
    /// <summary>Maps /workbench and /workbench/draft.toml.</summary>
    public static IEndpointRouteBuilder MapWorkbench(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/workbench", Page).ExcludeFromDescription();
        app.MapGet("/workbench/draft.toml", Download).ExcludeFromDescription();
        return app;
    }

    /// <summary>GET /workbench: the page; with <c>partial=1</c>, only its results (what a change replaces in place).</summary>
    public static IResult Page(HttpContext context, ShippedDrafts drafts)
    {
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
            ? WorkbenchPage.Results(text, state, RunQueue.Dataset)
            : WorkbenchPage.Render(text, state, drafts, RunQueue.Dataset);
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
                var refused = state.Knobs.First(k => k.Refusal is not null);
                return Problems.Malformed(text, refused.Parameter.Path + ": " + WorkbenchPage.Refusal(text, refused), WorkbenchQuery.KnobPrefix + refused.Parameter.Path);
            }

            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(state.ScenarioText), "application/toml", query.Draft + "-edited.toml");
        }
        catch (CampoException problem)
        {
            return Problems.Invalid(RequestLanguage.Of(context), problem);
        }
    }
}
