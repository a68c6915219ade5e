using Campo.Reports;
using Campo.Reports.Localization;
using Campo.Web.Api;
using Campo.Web.Drafts;
using Campo.Web.Pages;
using Campo.Web.Runs;
using Campo.Web.Workbench;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Campo.Web;

/// <summary>
/// Builds Campo's web server: the pages, the JSON API and its OpenAPI description, the background run queue and
/// the limits. <c>campo serve</c>, the web project's own entry point and the tests all start it here.
/// </summary>
public static class CampoWebHost
{
    /// <summary>The address the server listens on unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>Builds the server.</summary>
    /// <param name="args">Command-line arguments (ASP.NET Core's, such as <c>--urls</c>).</param>
    /// <param name="urls">The addresses to listen on, or null for <c>--urls</c>, ASPNETCORE_URLS or <see cref="DefaultUrls"/>.</param>
    /// <param name="configure">Changes to the options (tests shrink the queue), or null.</param>
    public static WebApplication Build(string[] args, string? urls = null, Action<CampoWebOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(CampoWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // People read the console of `campo serve`: warnings and errors only, not every request.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("System", LogLevel.Warning)
            // A server that cannot start (the port is taken) is reported in one line by campo serve: the host's own
            // error log would print the stack trace first. Its critical messages still show.
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        var address = urls ?? builder.Configuration["urls"] ?? DefaultUrls;
        builder.WebHost.UseUrls(address);
        var options = new CampoWebOptions();
        configure?.Invoke(options);
        builder.Services.AddCampoWeb(options);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes * 4);
        var app = builder.Build();
        app.MapCampoWeb();
        return app;
    }

    /// <summary>Registers the services: drafts, the run queue, limits, JSON as <see cref="CampoJson"/>, ProblemDetails, OpenAPI.</summary>
    public static IServiceCollection AddCampoWeb(this IServiceCollection services, CampoWebOptions? options = null)
    {
        options ??= new CampoWebOptions();
        services.Configure<CampoWebOptions>(o =>
        {
            o.MaxUploadBytes = options.MaxUploadBytes;
            o.Workers = options.Workers;
            o.QueueCapacity = options.QueueCapacity;
            o.KeepRuns = options.KeepRuns;
            o.KeepBytes = options.KeepBytes;
            o.ApiKeyHashes = options.ApiKeyHashes;
            o.MaxDraws = options.MaxDraws;
            o.DefaultDraws = options.DefaultDraws;
            o.WarmUp = options.WarmUp;
        });
        services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes * 2);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ShippedDrafts>();
        services.AddSingleton<RunQueue>();
        services.AddSingleton<WorkbenchSearches>();
        services.AddHostedService(sp => sp.GetRequiredService<RunQueue>());
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = CampoJson.Options.PropertyNamingPolicy;
            json.SerializerOptions.Encoder = CampoJson.Options.Encoder;
            json.SerializerOptions.NumberHandling = CampoJson.Options.NumberHandling;
            foreach (var converter in CampoJson.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = problem =>
        {
            var text = RequestLanguage.Of(problem.HttpContext);
            var details = problem.ProblemDetails;

            // A body refused by the server before any endpoint ran: say it in the reader's language too. A chunked body
            // has no announced size: say "larger than the limit", never "? bytes".
            if (details.Status == StatusCodes.Status413PayloadTooLarge && details.Detail is null)
            {
                details.Title = text[nameof(Strings.Api_TooLarge)];
                details.Detail = Problems.TooLargeMessage(text, problem.HttpContext.Request.ContentLength ?? -1, options.MaxUploadBytes);
                details.Extensions["field"] = "file";
            }
            else if (details.Status == StatusCodes.Status415UnsupportedMediaType && details.Detail is null)
            {
                // Refused by routing, whose endpoints declare the media type they accept.
                details.Title = text[nameof(Strings.Api_Malformed)];
                details.Detail = problem.HttpContext.Request.Path.Value?.EndsWith("/upload", StringComparison.Ordinal) == true
                    ? text[nameof(Strings.Api_NotForm)]
                    : text.Fill(nameof(Strings.Api_NotJson), RunsApi.ExampleBody);
            }
            else if (details.Detail is null && details.Status is int status)
            {
                // The framework's own refusals (an unknown route, a wrong method) carry an English title only.
                details.Title = text.Fill(nameof(Strings.Api_Status), status.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + ReasonPhrases.GetReasonPhrase(status));
            }
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Campo API";
            document.Info.Description = "Evaluate trade-agreement drafts: what they do to farmers, consumers and treasuries, with 90% bands. "
                + "Start a run (POST /api/runs or /api/runs/upload), poll its status until done, then download its results. "
                + "Errors are ProblemDetails (RFC 9457) naming the field, in the language of ?lang=, the lang cookie or Accept-Language (en, es, fr, pt). "
                + "A full queue answers 503 with Retry-After; finished runs are kept within a count and a memory bound, then answer 410. "
                + "A server started with campo serve --api-key-file asks for the key in X-Api-Key (or Authorization: Bearer).";
            document.Info.Version = "v1";
            document.Servers = [];
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Maps the pages, the API and the OpenAPI description; remembers a language chosen with <c>?lang=</c>
    /// and speaks the request's language in the library's messages too.</summary>
    public static WebApplication MapCampoWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiKeys>();
        app.Use(async (context, next) =>
        {
            if (ReportLanguage.Find(context.Request.Query[LanguageNegotiation.Parameter]) is { } language)
            {
                context.Response.Cookies.Append(LanguageNegotiation.Parameter, language.Code, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            }

            // The library's messages (a scenario's errors, unknown codes) follow the UI culture: the reader's language.
            System.Globalization.CultureInfo.CurrentUICulture = RequestLanguage.Of(context).Language.Culture;
            await next(context).ConfigureAwait(false);
        });
        app.MapOpenApi();
        app.MapRunsApi();
        app.MapPages();
        app.MapWorkbench();
        return app;
    }
}
